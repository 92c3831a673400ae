package io.newstrace.cli;

import io.newstrace.core.eval.CleanEvaluation;
import io.newstrace.core.eval.ExtractionEvaluation;
import io.newstrace.core.eval.GgtEvaluation;
import io.newstrace.core.eval.NerEvaluation;
import io.newstrace.core.eval.PolnearEvaluation;
import io.newstrace.core.eval.QuoteEvaluation;
import io.newstrace.core.eval.StoryEvaluation;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.stories.StoryClusterer;
import io.newstrace.core.ner.EntityTagger;
import io.newstrace.core.ner.TaggedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newstrace eval ...}: scores a stage against labelled data and prints the figures. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores a stage against labelled data and prints precision, recall and F1.",
        subcommands = {EvalCommand.Clean.class, EvalCommand.Extraction.class, EvalCommand.Ner.class, EvalCommand.Quotes.class,
            EvalCommand.Stories.class})
final class EvalCommand {

    @Command(name = "clean",
            mixinStandardHelpOptions = true,
            description = {
                "Scores the clean stage on labelled page dumps: every NAME.txt in DIR beside a NAME.json truth "
                    + "with title, authors, published and body (the dump's body lines, verbatim).",
                "Prints body-line and body-character precision/recall/F1 and headline, author and date accuracy."})
    static final class Clean implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Directory of labelled pages, e.g. core/src/test/resources/pages")
        private Path directory;

        @Option(names = "--explain", paramLabel = "NAME",
                description = "Instead of the scores, print every line of page NAME with its fate and the truth: "
                        + "'+' body in both, '- FP' kept but not body, '! FN' body but removed.")
        private String explain;

        @Override
        public Integer call() throws Exception {
            System.out.print(explain != null ? CleanEvaluation.explain(directory, explain)
                    : CleanEvaluation.evaluate(directory).format());
            return 0;
        }
    }

    @Command(name = "extraction",
            mixinStandardHelpOptions = true,
            description = {
                "Scores main-text extraction from HTML pages on the article-extraction benchmark of Zyte "
                    + "(github.com/scrapinghub/article-extraction-benchmark): DIR holds its ground-truth.json and "
                    + "html/ID.html.gz (or ID.html). Each page is read and cleaned as analyze would, and its clean "
                    + "text scored as the benchmark's evaluate.py does (shingles of four word tokens).",
                "Prints mean precision, recall and F1 over all pages, over the development half (ids 0-7...) and "
                    + "the held-out half (8-f...), beside F1 published for other extractors."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The benchmark's checkout: ground-truth.json and html/.")
        private Path directory;

        @Option(names = "--verbose", description = "Also print precision, recall and F1 of each page.")
        private boolean verbose;

        @Option(names = "--explain", paramLabel = "ID",
                description = "Instead of the scores, print every line of the page whose id starts with ID with its "
                        + "fate: '+' kept and in the truth, '- FP' kept but not in the truth, '! FN' in the truth "
                        + "but removed; then the truth's lines missing from the rendered text.")
        private String explain;

        @Override
        public Integer call() throws Exception {
            System.out.print(explain != null ? ExtractionEvaluation.explain(directory, explain)
                    : ExtractionEvaluation.evaluate(directory).format(verbose));
            return 0;
        }
    }

    @Command(name = "ner",
            mixinStandardHelpOptions = true,
            description = {
                "Scores an entity model on annotated sentences (CoNLL columns or WikiNER word|POS|tag lines, plain "
                    + "or .gz): exact-span precision, recall and F1 for PER, ORG, LOC, MISC and all."})
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", description = "Annotated sentences to score on (held out from training).")
        private Path corpus;

        @Option(names = "--model", paramLabel = "FILE", required = true,
                description = "The model to score, as written by 'newstrace train ner'.")
        private Path model;

        @Override
        public Integer call() throws Exception {
            EntityTagger tagger;
            try (InputStream in = Files.newInputStream(model)) {
                tagger = EntityTagger.load(in);
            }
            System.out.print(NerEvaluation.evaluate(tagger, TaggedCorpus.read(corpus)).format());
            return 0;
        }
    }

    @Command(name = "quotes",
            mixinStandardHelpOptions = true,
            description = {
                "Scores quote extraction and attribution on hand-annotated pages: every NAME.tsv in QUOTES (kind, "
                    + "speaker or -, the first words of the quoted words, tab-separated) beside NAME.txt in PAGES.",
                "Prints each miss, wrong speaker and extra quote, then precision, recall and F1 of quote detection "
                    + "and of quote + speaker.",
                "With --polnear DIR instead, scores on a split of the PolNeAR corpus of attributions "
                    + "(github.com/networkdynamics/PolNeAR): against its statements (content in quotation marks, or "
                    + "a cue with a speech verb) and against all its attributions.",
                "With --ggt DIR, scores on the quotes annotated for the Gender Gap Tracker "
                    + "(github.com/sfu-discourse-lab/GenderGapTracker): 98 Canadian English news articles, each quote "
                    + "with the person who said it, pronouns resolved."})
    static final class Quotes implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "PAGES", description = "Directory of the page dumps, "
                + "e.g. core/src/test/resources/pages")
        private Path pages;

        @Parameters(index = "1", arity = "0..1", paramLabel = "QUOTES", description = "Directory of the annotations, "
                + "e.g. core/src/test/resources/quotes")
        private Path quotes;

        @Option(names = "--polnear", paramLabel = "DIR", description = "A checkout of PolNeAR (its data/ directory "
                + "holds the splits) to score on instead of PAGES and QUOTES.")
        private Path polnear;

        @Option(names = "--ggt", paramLabel = "DIR", description = "A checkout of the Gender Gap Tracker at a commit "
                + "holding its evaluation data (git checkout c2bb16e~1) to score on instead of PAGES and QUOTES.")
        private Path ggt;

        @Option(names = "--split", paramLabel = "SPLIT", description = "The split: dev, test or train for PolNeAR; "
                + "dev, test or all for the Gender Gap Tracker (default: ${DEFAULT-VALUE}).")
        private String split = "dev";

        @Option(names = "--against", paramLabel = "OTHER", description = "A second annotation of the same pages (a "
                + "NAME.tsv for every one of QUOTES): prints how far the two agree on quotes, kinds and speakers "
                + "instead of scoring Newstrace.")
        private Path against;

        @Option(names = "--verbose", description = "With --polnear or --ggt, also print each missed statement, wrong "
                + "speaker, extra quote and quote of an attribution that is no statement.")
        private boolean verbose;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (polnear != null && ggt != null) {
                throw new ParameterException(spec.commandLine(), "give --polnear DIR or --ggt DIR, not both");
            }
            if (ggt != null) {
                checkCorpusOptions("--ggt", "all");
                System.out.print(GgtEvaluation.evaluate(ggt, split).format(verbose));
                return 0;
            }
            if (polnear != null) {
                checkCorpusOptions("--polnear", "train");
                System.out.print(PolnearEvaluation.evaluate(polnear, split).format(verbose));
                return 0;
            }
            if (quotes == null) {
                throw new ParameterException(spec.commandLine(), "give PAGES and QUOTES, --polnear DIR or --ggt DIR");
            }
            System.out.print(against != null ? QuoteEvaluation.agreement(pages, quotes, against).format()
                    : QuoteEvaluation.evaluate(pages, quotes).format());
            return 0;
        }

        /**
         * A public corpus is scored alone: not with PAGES QUOTES, and on its dev or test split or the one other split
         * it has ({@code third}: "all" for the Gender Gap Tracker, "train" for PolNeAR).
         */
        private void checkCorpusOptions(String option, String third) {
            if (pages != null) {
                throw new ParameterException(spec.commandLine(), "give " + option + " DIR or PAGES QUOTES, not both");
            }
            if (!List.of("dev", "test", third).contains(split)) {
                throw new ParameterException(spec.commandLine(), "--split is dev, test or " + third + ", not " + split);
            }
        }
    }

    @Command(name = "stories",
            mixinStandardHelpOptions = true,
            description = {
                "Scores story clustering on articles labelled with their event: a JSON-lines file in the input format "
                    + "of analyze whose lines carry \"id\" and \"event\". The file is analysed like any input and the "
                    + "stories compared with the events.",
                "Prints the events split over several stories and the stories merging several events, then BCubed "
                    + "precision, recall and F1."})
    static final class Stories implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Labelled articles, e.g. core/src/test/resources/events/ecbplus.jsonl")
        private Path file;

        @Option(names = "--threshold", description = "Lowest match to join a story (default: ${DEFAULT-VALUE}).")
        private double threshold = StoryClusterer.DEFAULT.threshold();

        @Option(names = "--entity-weight", description = "Share of entities in the match (default: ${DEFAULT-VALUE}).")
        private double entityWeight = StoryClusterer.DEFAULT.entityWeight();

        @Option(names = "--window-days", description = "Days a story stays open (default: ${DEFAULT-VALUE}).")
        private int windowDays = StoryClusterer.DEFAULT.windowDays();

        @Option(names = "--link-bonus", description = "Added for a shared passage or statement (default: ${DEFAULT-VALUE}).")
        private double linkBonus = StoryClusterer.DEFAULT.linkBonus();

        @Override
        public Integer call() throws Exception {
            StoryClusterer clusterer = new StoryClusterer(threshold, entityWeight, windowDays, linkBonus);
            System.out.print(StoryEvaluation.evaluate(file, AnalyzeConfig.defaults().withStories(clusterer)).format());
            return 0;
        }
    }
}
