package io.newstrace.cli;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.reuse.QuoteMatcher;
import io.newstrace.core.text.Folding;
import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputWalker;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.reuse.PairExplanation;
import io.newstrace.core.reuse.PassageAligner;
import io.newstrace.core.reuse.ReuseConfig;
import io.newstrace.core.reuse.ReuseText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code newstrace compare A B}: explains what two articles share and why a pair stayed below a threshold. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Cleans two articles (files in any input format analyze reads, one article each) and explains their "
                + "similarity: words and shingles of each, shared shingles, every chain of matching shingles with "
                + "its spans, words and score, and why a chain was not reported.",
            "Then the statements both report (quotes matched as analyze does).",
            "Exits 0 when the two share a reported passage or a statement, 3 when they do not, 1 when an input "
                + "cannot be read."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first article.")
    private String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second article.")
    private String second;

    @Option(names = "--chains", paramLabel = "N", description = "Chains to print, longest first (default: ${DEFAULT-VALUE}).")
    private int chainsShown = 10;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AnalyzeConfig config = AnalyzeConfig.defaults();
        Pipeline pipeline = new Pipeline(config);
        List<Document> documents = new ArrayList<>();
        for (String input : List.of(first, second)) {
            Document document = readOne(input, config, spec.commandLine().getErr());
            if (document == null) {
                return 1;
            }
            documents.add(document);
        }
        CorpusProfile.Builder profile = pipeline.cleaner().newProfileBuilder();
        documents.forEach(document -> profile.add(document.raw()));
        CorpusProfile built = profile.build();
        List<Annotated> annotated = documents.stream().map(document -> pipeline.analyze(document,
                Pipeline.contentId(document.raw()), built)).toList();
        Article a = annotated.get(0).article();
        Article b = annotated.get(1).article();
        ReuseConfig reuse = config.reuse();
        ReuseText aText = ReuseText.of(a.id(), a.raw(), a.paragraphs());
        ReuseText bText = ReuseText.of(b.id(), b.raw(), b.paragraphs());
        PairExplanation explanation = PairExplanation.of(aText, bText, reuse);

        out.printf(Locale.ROOT, "configuration: %d-word shingles, pairs sharing >= %d shingles are aligned, gaps of "
                        + "<= %d words, passages of >= %d words with score >= %.2f%n", reuse.shingleSize(),
                reuse.minSharedShingles(), reuse.maxGapWords(), reuse.minPassageWords(), reuse.minScore());
        out.printf(Locale.ROOT, "A %s (%s): %d body words, %d distinct shingles%n", first, a.id(),
                explanation.aWords(), explanation.aShingles());
        out.printf(Locale.ROOT, "B %s (%s): %d body words, %d distinct shingles%n", second, b.id(),
                explanation.bWords(), explanation.bShingles());
        int smaller = Math.min(explanation.aShingles(), explanation.bShingles());
        out.printf(Locale.ROOT, "shared shingles: %d (%.1f%% of the smaller article's); %s%n",
                explanation.sharedShingles(), smaller == 0 ? 0.0 : 100.0 * explanation.sharedShingles() / smaller,
                explanation.candidate() ? "the pair is aligned" : "below the threshold: the pair is never aligned");
        long reported = explanation.chains().stream().filter(v -> v.rejection() == null).count();
        out.printf(Locale.ROOT, "chains of matching shingles: %d, reported as passages: %d%n",
                explanation.chains().size(), reported);
        int shown = 0;
        for (PairExplanation.Verdict verdict : explanation.chains()) {
            if (shown++ == chainsShown) {
                out.printf(Locale.ROOT, "  ... %d more (use --chains)%n", explanation.chains().size() - chainsShown);
                break;
            }
            PassageAligner.Passage passage = verdict.passage();
            var aSpan = aText.span(passage.aFrom(), passage.aTo());
            var bSpan = bText.span(passage.bFrom(), passage.bTo());
            out.printf(Locale.ROOT, "  %s  A[%d,%d) B[%d,%d)  %d words, score %.3f%n",
                    verdict.rejection() == null ? "REPORTED" : "not reported: " + verdict.rejection(),
                    aSpan.start(), aSpan.end(), bSpan.start(), bSpan.end(), passage.words(), passage.score());
            out.println("    A: " + excerpt(aSpan.of(a.raw())));
            out.println("    B: " + excerpt(bSpan.of(b.raw())));
        }
        List<Reuse> statements = QuoteMatcher.match(annotated.stream().flatMap(this::statements).toList());
        out.printf(Locale.ROOT, "statements both report: %d (of %d and %d quotes)%n", statements.size(),
                annotated.get(0).quotes().size(), annotated.get(1).quotes().size());
        for (Reuse statement : statements) {
            boolean aFirst = statement.a().equals(a.id());
            out.printf(Locale.ROOT, "  %s, score %.3f%n    A: %s%n    B: %s%n", statement.method(), statement.score(),
                    excerpt((aFirst ? statement.aSpan() : statement.bSpan()).of(a.raw())),
                    excerpt((aFirst ? statement.bSpan() : statement.aSpan()).of(b.raw())));
        }
        out.flush();
        return reported > 0 || !statements.isEmpty() ? 0 : 3;
    }

    /** An article's quotes as the quote matcher takes them; a speaker's name stands for their entity here. */
    private java.util.stream.Stream<QuoteMatcher.Statement> statements(Annotated annotated) {
        Article article = annotated.article();
        Set<String> cited = new TreeSet<>();
        annotated.sources().stream().map(CitedSource::outlet).filter(Objects::nonNull).forEach(cited::add);
        List<Quote> quotes = annotated.quotes();
        return java.util.stream.IntStream.range(0, quotes.size()).mapToObj(i -> {
            Quote quote = quotes.get(i);
            String speaker = quote.speaker() == null ? null : quote.speaker().name();
            return new QuoteMatcher.Statement(article.id() + "-q" + (i + 1), article.id(), quote.span(),
                    quote.span().of(article.raw()), quote.kind(), speaker,
                    speaker == null ? null : Folding.lowerMatchForm(speaker), article.language(), article.published(),
                    cited);
        });
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 78) + " … " + flat.substring(flat.length() - 78);
    }

    /** The single document of an input, or null after saying why there is none. */
    private static Document readOne(String input, AnalyzeConfig config, PrintWriter err) {
        InputWalker.Expansion expansion = new InputWalker(System.in).expand(List.of(input));
        List<Document> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        expansion.failures().forEach(failure -> problems.add(failure.message()));
        DocumentReader reader = new DocumentReader(config.input());
        expansion.sources().forEach(source -> reader.read(source, event -> {
            if (event instanceof IngestEvent.Read read) {
                documents.add(read.document());
            } else if (event instanceof IngestEvent.Failed failed) {
                problems.add(failed.input() + ": " + failed.message());
            }
        }));
        if (documents.size() == 1) {
            return documents.get(0);
        }
        err.println("newstrace compare: " + input + ": " + (documents.isEmpty()
                ? "no article could be read" + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")")
                : "holds " + documents.size() + " articles; give one article per input"));
        return null;
    }
}
