package io.newstrace.bench;

import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.Span;
import io.newstrace.core.reuse.PassageFinder;
import io.newstrace.core.reuse.ReuseConfig;
import io.newstrace.core.reuse.ReuseText;
import io.newstrace.core.reuse.SpilledTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@code reuse --articles 10000,100000}: plants reuse in generated corpora of each size and measures passage
 * reuse detection on them: wall time, articles/s, peak heap, and precision and recall of the planted passages.
 */
@Command(name = "reuse",
        mixinStandardHelpOptions = true,
        description = {
            "For each size: generates a corpus with planted passages (ReuseCorpus: Markov-chain text from the real "
                + "pages, passages of 20-200 words copied with 0-20%% of words edited, wire stories), spills the "
                + "texts to disk as analyze does, then times PassageFinder on it and scores what it found.",
            "Prints the figures; nothing is asserted."})
final class ReuseBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = List.of(10_000, 100_000);

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--memory-entries", paramLabel = "E",
            description = "Index entries held in memory before spilling (default: ${DEFAULT-VALUE}, as analyze).")
    long memoryEntries = 1L << 23;

    @Option(names = "--max-shingle-articles", paramLabel = "K",
            description = "Articles a shingle may be in before it counts as a stock phrase (default: ${DEFAULT-VALUE}, "
                    + "as ReuseConfig.DEFAULT).")
    int maxShingleArticles = ReuseConfig.DEFAULT.maxShingleArticles();

    @Option(names = "--min-shared-shingles", paramLabel = "S",
            description = "Distinct shingles two articles must share to be aligned (default: ${DEFAULT-VALUE}, as "
                    + "ReuseConfig.DEFAULT).")
    int minSharedShingles = ReuseConfig.DEFAULT.minSharedShingles();

    @Option(names = "--spark-max", paramLabel = "N",
            description = "Largest size on which Spark MLlib's MinHashLSH is run for comparison (default: "
                    + "${DEFAULT-VALUE}; 0 skips it).")
    int sparkMax = 10_000;

    @Option(names = "--spark-tables", paramLabel = "K",
            description = "MinHashLSH hash tables (default: ${DEFAULT-VALUE}).")
    int sparkTables = 10;

    @Option(names = "--spark-distance", paramLabel = "D",
            description = "MinHashLSH largest Jaccard distance joined (default: ${DEFAULT-VALUE}).")
    double sparkDistance = 0.8;

    @Option(names = "--unplanted", paramLabel = "N",
            description = "Also runs the finder on N articles where nothing is planted, to count accidental "
                    + "passages (default: ${DEFAULT-VALUE}; 0 skips it).")
    int unplanted = 10_000;

    @Mixin
    SourceOptions sources = new SourceOptions();

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        ReuseCorpus corpus = ReuseCorpus.train(ReuseCorpus.trainingDirectories(sources.directories(),
                CorpusGenerator.resolvePages(sources.pages)), seed);
        ForkJoinPool workers = new ForkJoinPool(threads);
        try {
            if (unplanted > 0) {
                measureUnplanted(corpus, workers);
            }
            for (int size : sizes) {
                measure(corpus, size, workers);
            }
        } finally {
            workers.shutdown();
        }
        return 0;
    }

    private void measure(ReuseCorpus corpus, int size, ForkJoinPool workers) {
        out.printf(Locale.ROOT, "%n== %d articles, %d threads, max heap %d MB, %s%n", size, threads,
                HeapPeak.maxHeapBytes() >> 20, config());
        List<ReuseCorpus.Planted> planted = new ArrayList<>();
        try (SpilledTexts texts = new SpilledTexts()) {
            long generation = System.nanoTime();
            long bytes = 0;
            int chunk = 1024;
            for (int from = 0; from < size; from += chunk) {
                int start = from;
                List<ReuseCorpus.Article> articles = workers.submit(() -> IntStream.range(start,
                        Math.min(size, start + chunk)).parallel().mapToObj(corpus::article).toList()).join();
                for (int i = 0; i < articles.size(); i++) {
                    String text = articles.get(i).text();
                    bytes += text.length();
                    texts.add(ReuseText.of(id(start + i), text, List.of(new Span(0, text.length()))));
                    planted.addAll(articles.get(i).planted());
                }
            }
            double generationSeconds = (System.nanoTime() - generation) / 1e9;
            out.printf(Locale.ROOT, "generated and spilled in %.1f s: %.1f MB of text, %d planted passages%n",
                    generationSeconds, bytes / 1e6, planted.size());

            HeapPeak.reset();
            long started = System.nanoTime();
            List<Reuse> found = new PassageFinder(config(), memoryEntries)
                    .find(size, texts::get, workers);
            long nanos = System.nanoTime() - started;
            out.println(new Figures("reuse detection", size, bytes, nanos, HeapPeak.peakBytes(), threads).line());
            new ReuseScore(i -> corpus.article(i).text(), texts::get, out).print(planted, found);
            compareWithSpark(size, texts, planted, nanos / 1e9, workers);
        }
    }

    /** The articles' own text alone: what the finder reports there, nothing being planted, is accidental. */
    private void measureUnplanted(ReuseCorpus corpus, ForkJoinPool workers) {
        out.printf(Locale.ROOT, "%n== %d articles with nothing planted, %d threads, %s%n", unplanted, threads,
                config());
        List<ReuseText> texts = workers.submit(() -> IntStream.range(0, unplanted).parallel().mapToObj(i -> {
            String text = corpus.background(i);
            return ReuseText.of(id(i), text, List.of(new Span(0, text.length())));
        }).toList()).join();
        List<Reuse> found = new PassageFinder(config(), memoryEntries).find(unplanted, texts::get, workers);
        new ReuseScore(corpus::background, texts::get, out).printAccidental(unplanted, found);
    }

    /**
     * Candidate generation alone, ours and Spark MLlib's MinHashLSH on the same shingles: time, and recall of the
     * planted pairs, those of at least 40 words with at most 10% of words edited and all of them.
     */
    private void compareWithSpark(int size, SpilledTexts texts, List<ReuseCorpus.Planted> planted,
                                  double finderSeconds, ForkJoinPool workers) {
        if (size > sparkMax) {
            out.printf(Locale.ROOT, "spark MinHashLSH: skipped above --spark-max %d articles%n", sparkMax);
            return;
        }
        List<ReuseCorpus.Planted> target = planted.stream()
                .filter(p -> ReuseScore.Band.of(p) == ReuseScore.Band.LONG_LIGHT).toList();
        long started = System.nanoTime();
        Set<Long> ours = new HashSet<>();
        new PassageFinder(config(), memoryEntries).candidates(size, texts::get, workers)
                .forEach(c -> ours.add(ReuseScore.pair(c.a(), c.b())));
        double ourSeconds = (System.nanoTime() - started) / 1e9;
        try (SparkMinHash spark = new SparkMinHash(threads, sparkTables, sparkDistance)) {
            started = System.nanoTime();
            Set<Long> theirs = spark.candidates(size, texts::get, config().shingleSize());
            double sparkSeconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "candidates, shingle index:  %8.1f s, %8d pairs, recall %.4f (all planted %.4f)%n",
                    ourSeconds, ours.size(), recall(target, ours), recall(planted, ours));
            out.printf(Locale.ROOT, "candidates, MinHashLSH:     %8.1f s, %8d pairs, recall %.4f (all planted %.4f; "
                    + "%s)%n", sparkSeconds, theirs.size(), recall(target, theirs), recall(planted, theirs),
                    spark.description());
            out.printf(Locale.ROOT, "speed ratio MinHashLSH / shingle index: %.1fx; MinHashLSH's candidates alone / "
                    + "our whole finder (candidates and alignment): %.1fx%n", sparkSeconds / ourSeconds,
                    sparkSeconds / finderSeconds);
        }
    }

    private static double recall(List<ReuseCorpus.Planted> planted, Set<Long> candidates) {
        long hit = planted.stream().filter(p -> candidates.contains(ReuseScore.pair(p.source(), p.target()))).count();
        return planted.isEmpty() ? 1 : (double) hit / planted.size();
    }

    /** The finder's settings: the defaults, with the candidate thresholds given on the command line. */
    private ReuseConfig config() {
        ReuseConfig defaults = ReuseConfig.DEFAULT;
        return new ReuseConfig(defaults.shingleSize(), maxShingleArticles, defaults.hubArticles(), minSharedShingles,
                defaults.maxGapWords(), defaults.minPassageWords(), defaults.minScore());
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "r%07d", index);
    }

}
