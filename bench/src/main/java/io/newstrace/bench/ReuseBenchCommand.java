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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                + "pages, passages of 20-200 words copied with 0-20% of words edited, wire stories), spills the "
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

    @Mixin
    SourceOptions sources = new SourceOptions();

    private final PrintStream out = System.out;
    /** Reported passages neither planted nor repeated by chance, printed for a reader to judge. */
    private static final int EXAMPLES = 3;

    @Override
    public Integer call() {
        ReuseCorpus corpus = ReuseCorpus.train(sources.directories(), seed);
        ForkJoinPool workers = new ForkJoinPool(threads);
        try {
            for (int size : sizes) {
                measure(corpus, size, workers);
            }
        } finally {
            workers.shutdown();
        }
        return 0;
    }

    private void measure(ReuseCorpus corpus, int size, ForkJoinPool workers) {
        out.printf(Locale.ROOT, "%n== %d articles, %d threads, max heap %d MB%n", size, threads,
                HeapPeak.maxHeapBytes() >> 20);
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
            List<Reuse> found = new PassageFinder(ReuseConfig.DEFAULT, memoryEntries)
                    .find(size, texts::get, workers);
            long nanos = System.nanoTime() - started;
            out.println(new Figures("reuse detection", size, bytes, nanos, HeapPeak.peakBytes(), threads).line());
            score(corpus, planted, found);
            compareWithSpark(size, texts, planted, workers);
        }
    }

    /**
     * Candidate generation alone, ours and Spark MLlib's MinHashLSH on the same shingles: time, and recall of the
     * planted pairs of at least 40 words with at most 10% of words edited.
     */
    private void compareWithSpark(int size, SpilledTexts texts, List<ReuseCorpus.Planted> planted,
                                  ForkJoinPool workers) {
        if (size > sparkMax) {
            out.printf(Locale.ROOT, "spark MinHashLSH: skipped above --spark-max %d articles%n", sparkMax);
            return;
        }
        List<ReuseCorpus.Planted> target = planted.stream().filter(p -> p.words() >= 40 && p.editRate() <= 0.10)
                .toList();
        long started = System.nanoTime();
        Set<Long> ours = new HashSet<>();
        new PassageFinder(ReuseConfig.DEFAULT, memoryEntries).candidates(size, texts::get, workers)
                .forEach(c -> ours.add(pair(c.a(), c.b())));
        double ourSeconds = (System.nanoTime() - started) / 1e9;
        try (SparkMinHash spark = new SparkMinHash(threads, sparkTables, sparkDistance)) {
            started = System.nanoTime();
            Set<Long> theirs = spark.candidates(size, texts::get, ReuseConfig.DEFAULT.shingleSize());
            double sparkSeconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "candidates, shingle index:  %8.1f s, %8d pairs, recall %.4f%n", ourSeconds,
                    ours.size(), recall(target, ours));
            out.printf(Locale.ROOT, "candidates, MinHashLSH:     %8.1f s, %8d pairs, recall %.4f (%s)%n",
                    sparkSeconds, theirs.size(), recall(target, theirs), spark.description());
            out.printf(Locale.ROOT, "speed ratio MinHashLSH / shingle index: %.1fx%n", sparkSeconds / ourSeconds);
        }
    }

    private static double recall(List<ReuseCorpus.Planted> planted, Set<Long> candidates) {
        long hit = planted.stream().filter(p -> candidates.contains(pair(p.source(), p.target()))).count();
        return planted.isEmpty() ? 1 : (double) hit / planted.size();
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "r%07d", index);
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /** Where a passage of a source article ended up: its span there, keyed by source and source span. */
    private record Region(int source, int sourceStart, int sourceEnd, int start, int end) {
        boolean sameText(Region other) {
            return source == other.source && sourceStart < other.sourceEnd && other.sourceStart < sourceEnd;
        }
    }

    private void score(ReuseCorpus corpus, List<ReuseCorpus.Planted> planted, List<Reuse> found) {
        // Every article's regions: the passages planted into it, and in each source the passages taken from it.
        Map<Integer, List<Region>> regions = new HashMap<>();
        for (ReuseCorpus.Planted p : planted) {
            regions.computeIfAbsent(p.target(), k -> new ArrayList<>()).add(new Region(p.source(), p.sourceStart(),
                    p.sourceEnd(), p.targetStart(), p.targetEnd()));
            regions.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(new Region(p.source(), p.sourceStart(),
                    p.sourceEnd(), p.sourceStart(), p.sourceEnd()));
        }
        Map<Long, List<Reuse>> byPair = new HashMap<>();
        List<String> unexplained = new ArrayList<>();
        int correct = 0;
        int accidental = 0;
        for (Reuse reuse : found) {
            int a = index(reuse.a());
            int b = index(reuse.b());
            byPair.computeIfAbsent(pair(a, b), k -> new ArrayList<>()).add(reuse);
            if (explained(regions.getOrDefault(a, List.of()), reuse.aSpan(), regions.getOrDefault(b, List.of()),
                    reuse.bSpan())) {
                correct++;
            } else {
                String aText = corpus.article(a).text();
                String bText = corpus.article(b).text();
                if (commonWordShare(reuse.aSpan().of(aText), reuse.bSpan().of(bText)) >= 0.6) {
                    accidental++;
                } else if (unexplained.size() < EXAMPLES) {
                    unexplained.add(String.format(Locale.ROOT, "  not planted: %s %s %.3f%n    A: %s%n    B: %s",
                            reuse.a(), reuse.b(), reuse.score(), reuse.aSpan().of(aText).replace('\n', ' '),
                            reuse.bSpan().of(bText).replace('\n', ' ')));
                }
            }
        }
        int[][] counts = new int[3][2];
        double[] coverage = new double[3];
        for (ReuseCorpus.Planted p : planted) {
            int band = p.words() < 40 ? 2 : p.editRate() <= 0.10 ? 0 : 1;
            List<Reuse> candidates = byPair.getOrDefault(pair(p.source(), p.target()), List.of());
            double covered = 0;
            for (Reuse reuse : candidates) {
                Span targetSide = index(reuse.a()) == p.target() ? reuse.aSpan() : reuse.bSpan();
                covered += overlap(targetSide.start(), targetSide.end(), p.targetStart(), p.targetEnd());
            }
            double share = Math.min(1, covered / (p.targetEnd() - p.targetStart()));
            counts[band][0]++;
            if (share >= 0.5) {
                counts[band][1]++;
            }
            coverage[band] += share;
        }
        String[] names = {">= 40 words, <= 10% edited", ">= 40 words, 10-20% edited", "20-39 words"};
        for (int band = 0; band < 3; band++) {
            int n = counts[band][0];
            out.printf(Locale.ROOT, "recall %-28s %6d planted: passages %.4f, characters %.4f%n", names[band], n,
                    n == 0 ? 0 : (double) counts[band][1] / n, n == 0 ? 0 : coverage[band] / n);
        }
        out.printf(Locale.ROOT, "precision: %d of %d reported passages are planted copies or copies of one passage "
                + "(%.4f)%n", correct, found.size(), found.isEmpty() ? 1.0 : (double) correct / found.size());
        out.printf(Locale.ROOT, "of the %d others, %d have at least 60%% of their words in common, in order: text the "
                + "generator repeated by chance, which a reader would call reuse too; precision counting them %.4f%n",
                found.size() - correct, accidental, found.isEmpty() ? 1.0 : (double) (correct + accidental) / found.size());
        unexplained.forEach(out::println);
    }

    /** The longest common subsequence of the two texts' words, as a share of the shorter's words. */
    private static double commonWordShare(String a, String b) {
        String[] x = a.split("\\s+");
        String[] y = b.split("\\s+");
        int[] previous = new int[y.length + 1];
        for (String word : x) {
            int[] current = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                current[j] = word.equals(y[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return (double) previous[y.length] / Math.max(1, Math.min(x.length, y.length));
    }

    private static boolean explained(List<Region> inA, Span a, List<Region> inB, Span b) {
        for (Region x : inA) {
            if (overlap(a.start(), a.end(), x.start(), x.end()) == 0) {
                continue;
            }
            for (Region y : inB) {
                if (x.sameText(y) && overlap(b.start(), b.end(), y.start(), y.end()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int overlap(int start, int end, int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }

    private static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
