package io.newstrace.bench;

import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.entities.Person;
import io.newstrace.core.entities.PersonFinder;
import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputSource;
import io.newstrace.core.ingest.InputWalker;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.EntityMention;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.model.Span;
import io.newstrace.core.ner.EntityRecognizer;
import io.newstrace.core.nlp.LanguageIdentifier;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import io.newstrace.core.nlp.Tokenizer;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.SourceFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * {@code annotate --articles N [--threads T]}: generates a corpus, cleans it (not timed), then times each
 * per-article annotation stage on all articles (language, sentences, tokens, entities, people, quotes, sources) and the whole
 * annotator, and prints articles/s, tokens/s and peak heap for each.
 */
@Command(name = "annotate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates N synthetic page dumps, cleans them, then measures each annotation stage on all of them "
                + "(language per paragraph, sentences, tokens, entities, people, quotes, sources) and the whole per-article "
                + "annotator.",
            "Prints articles/s, tokens/s, peak heap and threads for each stage, then the slowest stage. "
                + "Nothing is asserted: the figures are for reading."})
final class AnnotateBenchCommand implements Callable<Integer> {
    static final double TARGET_ARTICLES_PER_SECOND = 100;

    @Mixin
    CorpusRunOptions options = new CorpusRunOptions();

    @Mixin
    SourceOptions sources = new SourceOptions();

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        int threadCount = options.threadCount();
        if (options.articles < 1 || threadCount < 1 || options.warmup < 0) {
            System.err.println("--articles and --threads must be at least 1, --warmup at least 0");
            return 2;
        }
        Path corpus = Files.createTempDirectory("newstrace-bench-annotate");
        ForkJoinPool workers = new ForkJoinPool(threadCount);
        try {
            CorpusGenerator.Written written = sources.generator(out).write(corpus, options.articles, options.seed);
            AnalyzeConfig config = AnalyzeConfig.defaults().withThreads(threadCount);
            List<Article> cleaned = clean(config, corpus, workers);
            long bytes = written.bytes();
            out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB, seed %d; cleaned (not timed)%n%n", cleaned.size(),
                    bytes / 1e6, options.seed);

            Lexicons lexicons = new Lexicons(config.clean().languages());
            LanguageIdentifier languages = new LanguageIdentifier(config.languages());
            SentenceSplitter splitter = new SentenceSplitter(config.clean().languages());
            PersonFinder personFinder = new PersonFinder(lexicons);
            EntityRecognizer recognizer = new EntityRecognizer(config.clean().languages());
            OutletRegistry registry = OutletRegistry.bundled();
            SourceFinder sourceFinder = new SourceFinder(registry);
            Annotator annotator = new Annotator(config.languages(), config.clean().languages(), registry);
            int n = cleaned.size();
            run(workers, Math.min(options.warmup, n), i -> annotator.annotate(cleaned.get(i)));

            List<List<Span>> sentences = new ArrayList<>(Collections.nCopies(n, null));
            List<List<Person>> people = new ArrayList<>(Collections.nCopies(n, null));
            AtomicLong tokens = new AtomicLong();
            List<Figures> figures = new ArrayList<>();
            List<String> articleLanguages = new ArrayList<>(Collections.nCopies(n, null));
            figures.add(measure("language", workers, n, bytes, threadCount, i -> {
                String language = languages.identify(cleaned.get(i).text());
                articleLanguages.set(i, language);
                languages.identifyEach(cleaned.get(i).raw(), cleaned.get(i).paragraphs(), language);
            }));
            figures.add(measure("sentences", workers, n, bytes, threadCount, i -> {
                List<Span> found = new ArrayList<>();
                for (Span paragraph : cleaned.get(i).paragraphs()) {
                    found.addAll(splitter.split(cleaned.get(i).raw(), paragraph));
                }
                sentences.set(i, found);
            }));
            figures.add(measure("tokens", workers, n, bytes, threadCount, i -> {
                long count = 0;
                for (Span sentence : sentences.get(i)) {
                    count += Tokenizer.tokens(cleaned.get(i).raw(), sentence).size();
                }
                tokens.addAndGet(count);
            }));
            List<List<EntityMention>> recognized = new ArrayList<>(Collections.nCopies(n, null));
            figures.add(measure("entities (NER)", workers, n, bytes, threadCount, i -> recognized.set(i,
                    recognizer.recognize(cleaned.get(i).raw(), sentences.get(i),
                            Collections.nCopies(sentences.get(i).size(), articleLanguages.get(i))))));
            figures.add(measure("people", workers, n, bytes, threadCount, i -> people.set(i,
                    personFinder.find(cleaned.get(i).raw(), sentences.get(i), spans(recognized.get(i), EntityType.PER)))));
            // The registry's outlets are looked up by the sources stage; here the organisations stand without them.
            figures.add(measure("quotes", workers, n, bytes, threadCount,
                    i -> annotator.quoteExtractor(articleLanguages.get(i)).extract(cleaned.get(i).raw(),
                            cleaned.get(i).paragraphs(), sentences.get(i), people.get(i),
                            spans(recognized.get(i), EntityType.ORG), Set.of())));
            figures.add(measure("sources", workers, n, bytes, threadCount,
                    i -> sourceFinder.find(cleaned.get(i), sentences.get(i))));
            Figures whole = measure("annotate (all)", workers, n, bytes, threadCount,
                    i -> annotator.annotate(cleaned.get(i)));
            figures.add(whole);
            for (Figures figure : figures) {
                out.printf(Locale.ROOT, "%s   %9.0f tokens/s%n", figure.line(), tokens.get() / figure.seconds());
            }
            Figures slowest = figures.subList(0, figures.size() - 1).stream()
                    .min(Comparator.comparingDouble(Figures::articlesPerSecond)).orElseThrow();
            out.printf(Locale.ROOT, "%n%d tokens in %d articles (%.0f per article); slowest stage: %s; "
                            + "annotate: %.0f articles/s with %d threads (target %.0f, %s)%n", tokens.get(), n,
                    tokens.get() / (double) n, slowest.label(), whole.articlesPerSecond(), threadCount,
                    TARGET_ARTICLES_PER_SECOND,
                    whole.articlesPerSecond() >= TARGET_ARTICLES_PER_SECOND ? "reached" : "not reached");
            return 0;
        } finally {
            workers.shutdownNow();
            Corpora.deleteRecursively(corpus);
        }
    }

    private static List<Article> clean(AnalyzeConfig config, Path corpus, ForkJoinPool workers) throws Exception {
        Pipeline pipeline = new Pipeline(config);
        Cleaner cleaner = pipeline.cleaner();
        List<InputSource> inputs = new InputWalker(InputStream.nullInputStream()).expand(List.of(corpus.toString()))
                .sources();
        CorpusProfile profile = pipeline.profile(inputs, workers);
        DocumentReader reader = new DocumentReader(config.input());
        return workers.submit(() -> inputs.parallelStream().flatMap(source -> {
            List<Article> read = new ArrayList<>();
            reader.read(source, event -> {
                if (event instanceof IngestEvent.Read document) {
                    read.add(cleaner.clean(document.document(), Pipeline.contentId(document.document().raw()),
                            profile));
                }
            });
            return read.stream();
        }).toList()).get();
    }

    private static void run(ForkJoinPool workers, int count, IntConsumer stage) throws Exception {
        workers.submit(() -> IntStream.range(0, count).parallel().forEach(stage)).get();
    }

    private static Figures measure(String label, ForkJoinPool workers, int count, long bytes, int threads,
                                   IntConsumer stage) throws Exception {
        System.gc();
        HeapPeak.reset();
        long start = System.nanoTime();
        run(workers, count, stage);
        long nanos = System.nanoTime() - start;
        return new Figures(label, count, bytes, nanos, HeapPeak.peakBytes(), threads);
    }

    private static List<Span> spans(List<EntityMention> mentions, EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).map(EntityMention::span).toList();
    }
}
