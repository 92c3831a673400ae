package io.newstrace.bench;

import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputSource;
import io.newstrace.core.ingest.InputWalker;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code clean --articles N [--threads T]}: generates a corpus, then measures the full {@code analyze} pipeline
 * and ingest + clean alone on it, after a warm-up on a slice, and prints the figures.
 */
@Command(name = "clean",
        mixinStandardHelpOptions = true,
        description = {
            "Generates N synthetic page dumps and measures on them (1) the full analyze pipeline as users run it "
                + "(ingest, corpus profile, clean, language identification, JSON export) and (2) ingest + clean "
                + "alone (read and decode the files, profile pass, clean in parallel), after a warm-up on a slice.",
            "Prints articles, MB of input, wall seconds, articles/s, MB/s, peak heap and threads. "
                + "Nothing is asserted: the figures are for reading."})
final class CleanBenchCommand implements Callable<Integer> {
    static final double TARGET_ARTICLES_PER_SECOND = 2000;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Generate the corpus into DIR (new or empty) and keep it; default: a temporary directory, "
                    + "deleted at the end.")
    Path keep;

    @Option(names = "--repeat", paramLabel = "R",
            description = "Measured runs of each benchmark (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Option(names = "--skip-pipeline", description = "Measure ingest + clean only.")
    boolean skipPipeline;

    @Option(names = "--profile",
            description = "Sample thread stacks during the measured runs and print where the time goes.")
    boolean profile;

    @Mixin
    CorpusRunOptions options = new CorpusRunOptions();

    @Mixin
    SourceOptions sources = new SourceOptions();

    private final PrintStream out = System.out;
    /** Lines to print after the figures of the current run. */
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (options.articles < 1 || repeat < 1 || options.warmup < 0) {
            System.err.println("--articles and --repeat must be at least 1, --warmup at least 0");
            return 2;
        }
        int threadCount = options.threadCount();
        if (threadCount < 1) {
            System.err.println("--threads must be at least 1");
            return 2;
        }
        printEnvironment(threadCount);

        CorpusGenerator generator = sources.generator(out);
        Path corpus;
        if (keep != null) {
            Corpora.requireEmpty(keep);
            corpus = keep;
        } else {
            corpus = Files.createTempDirectory("newstrace-bench-corpus");
        }
        Path scratch = Files.createTempDirectory("newstrace-bench-out");
        try {
            long start = System.nanoTime();
            CorpusGenerator.Written written = generator.write(corpus, options.articles, options.seed);
            out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB (%.1f KB per article), seed %d, generated in %.1f s "
                            + "into %s%s%n", written.files().size(), written.bytes() / 1e6,
                    written.bytes() / 1024.0 / written.files().size(), options.seed, (System.nanoTime() - start) / 1e9,
                    corpus, keep == null ? " (deleted at the end)" : "");

            List<Path> files = written.files();
            List<Path> slice = files.subList(0, Math.min(options.warmup, files.size()));
            long sliceBytes = sizeOf(slice);
            long corpusBytes = written.bytes();
            List<String> corpusInput = List.of(corpus.toString());
            List<String> sliceInputs = slice.stream().map(Path::toString).toList();

            out.println();
            if (!slice.isEmpty()) {
                if (!skipPipeline) {
                    out.println(runPipeline("warm-up pipeline", sliceInputs, slice.size(), sliceBytes, threadCount,
                            scratch.resolve("warmup"), false).get(0).line());
                    notes.forEach(out::println);
                    notes.clear();
                }
                out.println(runIngestClean("warm-up ingest+clean", sliceInputs, sliceBytes, threadCount)
                        .get(0).line());
                out.println();
            }

            StackSampler sampler = profile ? new StackSampler(5) : null;
            if (!skipPipeline) {
                for (int r = 0; r < repeat; r++) {
                    List<Figures> figures = runPipeline("pipeline", corpusInput, files.size(), corpusBytes,
                            threadCount, scratch.resolve("run" + r), true);
                    figures.forEach(f -> out.println(f.line()));
                    notes.forEach(out::println);
                    notes.clear();
                }
                if (sampler != null) {
                    sampler.close();
                    sampler.print(out, "the pipeline runs", 25);
                    out.println();
                    sampler = new StackSampler(5);
                }
            }
            List<List<Figures>> cleanRuns = new ArrayList<>();
            for (int r = 0; r < repeat; r++) {
                List<Figures> figures = runIngestClean("ingest+clean", corpusInput, corpusBytes, threadCount);
                figures.forEach(f -> out.println(f.line()));
                cleanRuns.add(figures);
            }
            if (sampler != null) {
                sampler.close();
                sampler.print(out, "the ingest+clean runs", 25);
            }

            out.println();
            Figures best = cleanRuns.stream().map(figures -> figures.get(0))
                    .max(java.util.Comparator.comparingDouble(Figures::articlesPerSecond)).orElseThrow();
            out.printf(Locale.ROOT, "ingest+clean: %.0f articles/s with %d thread%s; the issue's target is %.0f "
                            + "articles/s on a 2-core machine (%s on this run)%n",
                    best.articlesPerSecond(), threadCount, threadCount == 1 ? "" : "s", TARGET_ARTICLES_PER_SECOND,
                    best.articlesPerSecond() >= TARGET_ARTICLES_PER_SECOND ? "reached" : "not reached");
            return 0;
        } finally {
            Corpora.deleteRecursively(scratch);
            if (keep == null) {
                Corpora.deleteRecursively(corpus);
            }
        }
    }

    private void printEnvironment(int threadCount) {
        Runtime runtime = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "java %s (%s %s), %d available processors, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), runtime.availableProcessors(),
                Math.round(HeapPeak.maxHeapBytes() / (1024.0 * 1024.0)), gcs);
        out.printf(Locale.ROOT, "os %s %s (%s), threads for the benchmark: %d%n", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), threadCount);
    }

    /**
     * The real {@code analyze} run: {@link Pipeline#run}, as the CLI calls it. The first figure is the whole run
     * (wall clock, input of the whole corpus); the two others split it into the profile pass and the analyse pass
     * as the pipeline times them itself.
     */
    private List<Figures> runPipeline(String label, List<String> inputs, long documents, long bytes, int threadCount,
                                      Path outDir, boolean details) throws Exception {
        Pipeline pipeline = new Pipeline(AnalyzeConfig.defaults().withThreads(threadCount));
        HeapPeak.reset();
        long start = System.nanoTime();
        RunSummary summary = pipeline.run(inputs, InputStream.nullInputStream(), outDir, ProgressListener.NONE);
        long nanos = System.nanoTime() - start;
        long peak = HeapPeak.peakBytes();
        if (summary.documents() != documents || summary.errors() > 0) {
            notes.add(String.format(Locale.ROOT, "  note: %d documents read of %d, %d errors, %d warnings",
                    summary.documents(), documents, summary.errors(), summary.warnings()));
        }
        List<Figures> figures = new ArrayList<>();
        figures.add(new Figures(label, summary.documents(), bytes, nanos, peak, threadCount));
        if (details) {
            figures.add(new Figures("  profile pass", summary.documents(), bytes,
                    summary.firstPassMillis() * 1_000_000, -1, threadCount));
            figures.add(new Figures("  analyse pass", summary.documents(), bytes,
                    summary.analyzeMillis() * 1_000_000, -1, threadCount));
            notes.add(String.format(Locale.ROOT, "  (%d articles written, %d duplicates skipped, %.1f paragraphs and "
                            + "%.1f removed spans per article, articles.jsonl %.1f MB)",
                    summary.articles(), summary.duplicates(),
                    summary.paragraphs() / (double) Math.max(1, summary.articles()),
                    summary.removedSpans() / (double) Math.max(1, summary.articles()),
                    Files.size(outDir.resolve("articles.jsonl")) / 1e6));
        }
        Corpora.deleteRecursively(outDir);
        return figures;
    }

    /**
     * Ingest + clean alone, the same work the pipeline does before language identification and export: expand the
     * inputs, read and decode every file twice (a first pass builds the corpus profile, as in the pipeline),
     * then read and clean all documents on the worker threads. Ids are content hashes, as in the pipeline.
     */
    private List<Figures> runIngestClean(String label, List<String> inputs, long bytes, int threadCount)
            throws Exception {
        AnalyzeConfig config = AnalyzeConfig.defaults().withThreads(threadCount);
        Pipeline pipeline = new Pipeline(config);
        Cleaner cleaner = pipeline.cleaner();
        DocumentReader reader = new DocumentReader(config.input());
        AtomicInteger workerNumber = new AtomicInteger();
        ForkJoinPool workers = new ForkJoinPool(threadCount, pool -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName("bench-clean-" + workerNumber.getAndIncrement());
            return thread;
        }, null, false);
        try {
            HeapPeak.reset();
            long start = System.nanoTime();
            List<InputSource> sourcesToRead = new InputWalker(InputStream.nullInputStream()).expand(inputs).sources();
            CorpusProfile corpusProfile = pipeline.profile(sourcesToRead, workers);
            long profiled = System.nanoTime();
            long[] totals = workers.submit(() -> IntStream.range(0, sourcesToRead.size()).parallel()
                    .mapToObj(i -> cleanOne(reader, cleaner, corpusProfile, sourcesToRead.get(i)))
                    .reduce(new long[3], CleanBenchCommand::add, CleanBenchCommand::add)).get();
            long end = System.nanoTime();
            long peak = HeapPeak.peakBytes();
            long documents = totals[0];
            if (documents != sourcesToRead.size()) {
                out.printf(Locale.ROOT, "  note: %d documents cleaned of %d files%n", documents, sourcesToRead.size());
            }
            if (totals[1] == 0) {
                out.println("  note: the cleaner found no body paragraph at all");
            }
            return List.of(
                    new Figures(label, documents, bytes, end - start, peak, threadCount),
                    new Figures("  profile pass", corpusProfile.documents(), bytes, profiled - start, -1, threadCount),
                    new Figures("  clean pass", documents, bytes, end - profiled, -1, threadCount));
        } finally {
            workers.shutdownNow();
        }
    }

    /** Reads one file and cleans what it holds: documents, paragraphs and removed spans found. */
    private static long[] cleanOne(DocumentReader reader, Cleaner cleaner, CorpusProfile profile, InputSource source) {
        long[] counts = new long[3];
        reader.read(source, event -> {
            if (event instanceof IngestEvent.Read read) {
                Document document = read.document();
                String id = document.id() != null ? document.id() : Pipeline.contentId(document.raw());
                Article article = cleaner.clean(document, id, profile);
                counts[0]++;
                counts[1] += article.paragraphs().size();
                counts[2] += article.removed().size();
            }
        });
        return counts;
    }

    private static long[] add(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    private static long sizeOf(List<Path> files) throws java.io.IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }
}
