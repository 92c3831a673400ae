package io.newstrace.core.reuse;

import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.ReuseKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Passage reuse across a corpus, in three steps that keep memory bounded: (1) every article's distinct shingles
 * go into an inverted index partitioned by hash and spilled to disk beyond a budget; (2) each partition, sorted,
 * lists the articles sharing each shingle and yields article pairs, counted in a second spilled index; (3) pairs
 * sharing at least {@code minSharedShingles} shingles are aligned word by word. An index of shingles rather than
 * MinHash signatures of whole articles, because a paragraph copied into a long article leaves the two articles'
 * Jaccard similarity near zero while their shared shingles are plain to see (measured in the bench against
 * MinHash LSH).
 */
public final class PassageFinder {
    public static final String METHOD = "shingle-index+align";
    private static final int PARTITIONS = 64;
    private static final int PARTITION_BITS = 6;
    /** Bits of an index entry that hold the article number (up to 16.7 million articles). */
    private static final int ARTICLE_BITS = 24;
    private static final long ARTICLE_MASK = (1L << ARTICLE_BITS) - 1;
    private static final int CHUNK = 256;

    private final ReuseConfig config;
    private final long memoryBudget;

    /** @param memoryBudget index entries (8 bytes each) kept in memory before spilling to disk */
    public PassageFinder(ReuseConfig config, long memoryBudget) {
        this.config = config;
        this.memoryBudget = memoryBudget;
    }

    public ReuseConfig config() {
        return config;
    }

    /** Candidate article pairs with how many distinct shingles they share. */
    public record Candidate(int a, int b, int sharedShingles) {
    }

    /**
     * The passages shared by any two of {@code count} articles; {@code texts} gives article i's text and is
     * called from several threads. Records come sorted by pair, then position.
     */
    public List<Reuse> find(int count, IntFunction<ReuseText> texts, ForkJoinPool workers) {
        if (count > ARTICLE_MASK + 1) {
            throw new IllegalArgumentException("reuse detection takes at most " + (ARTICLE_MASK + 1) + " articles");
        }
        List<Candidate> candidates = candidates(count, texts, workers);
        PassageAligner aligner = new PassageAligner(config);
        List<Reuse> found = run(workers, () -> candidates.parallelStream()
                .flatMap(candidate -> {
                    ReuseText a = texts.apply(candidate.a());
                    ReuseText b = texts.apply(candidate.b());
                    return aligner.align(a, b).stream().map(passage -> Reuse.between(a.article(),
                            a.span(passage.aFrom(), passage.aTo()), b.article(), b.span(passage.bFrom(), passage.bTo()),
                            ReuseKind.PASSAGE, Math.round(passage.score() * 1000) / 1000.0, METHOD));
                })
                .toList());
        List<Reuse> sorted = new ArrayList<>(found);
        sorted.sort(ORDER);
        return sorted;
    }

    public static final Comparator<Reuse> ORDER = Comparator.comparing(Reuse::a).thenComparing(Reuse::b)
            .thenComparing(Reuse::kind).thenComparingInt(r -> r.aSpan().start())
            .thenComparingInt(r -> r.bSpan().start()).thenComparingInt(r -> r.aSpan().end())
            .thenComparingInt(r -> r.bSpan().end());

    /** Steps (1) and (2): the article pairs worth aligning. */
    public List<Candidate> candidates(int count, IntFunction<ReuseText> texts, ForkJoinPool workers) {
        try (SpillingLongs postings = new SpillingLongs(PARTITIONS, memoryBudget);
             SpillingLongs pairs = new SpillingLongs(PARTITIONS, memoryBudget)) {
            for (int from = 0; from < count; from += CHUNK) {
                int start = from;
                int end = Math.min(count, from + CHUNK);
                List<long[]> chunk = run(workers, () -> IntStream.range(start, end).parallel()
                        .mapToObj(i -> PairExplanation.distinct(texts.apply(i).shingles(config.shingleSize()))).toList());
                for (int i = start; i < end; i++) {
                    for (long shingle : chunk.get(i - start)) {
                        postings.add((int) (shingle >>> (64 - PARTITION_BITS)),
                                (shingle << PARTITION_BITS) & ~ARTICLE_MASK | i);
                    }
                }
            }
            for (int partition = 0; partition < PARTITIONS; partition++) {
                emitPairs(postings.drainSorted(partition), pairs);
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int partition = 0; partition < PARTITIONS; partition++) {
                long[] sorted = pairs.drainSorted(partition);
                for (int i = 0; i < sorted.length; ) {
                    int j = i;
                    while (j < sorted.length && sorted[j] == sorted[i]) {
                        j++;
                    }
                    if (j - i >= config.minSharedShingles()) {
                        candidates.add(new Candidate((int) (sorted[i] >>> 32), (int) sorted[i], j - i));
                    }
                    i = j;
                }
            }
            candidates.sort(Comparator.comparingInt(Candidate::a).thenComparingInt(Candidate::b));
            return candidates;
        }
    }

    /**
     * Pairs from one sorted partition of the index: articles sharing a shingle, all with all, except for stock
     * phrases found in too many articles, which only link each article to the first few holding them (so a wire
     * story printed by hundreds of outlets still links every copy to the earliest ones).
     */
    private void emitPairs(long[] entries, SpillingLongs pairs) {
        for (int i = 0; i < entries.length; ) {
            long shingle = entries[i] & ~ARTICLE_MASK;
            int j = i;
            while (j < entries.length && (entries[j] & ~ARTICLE_MASK) == shingle) {
                j++;
            }
            int holders = j - i;
            if (holders > 1) {
                int hubs = holders > config.maxShingleArticles() ? config.hubArticles() : holders;
                for (int x = i; x < i + hubs; x++) {
                    long a = entries[x] & ARTICLE_MASK;
                    for (int y = x + 1; y < j; y++) {
                        long pair = a << 32 | (entries[y] & ARTICLE_MASK);
                        pairs.add((int) (ReuseText.mix(pair) >>> (64 - PARTITION_BITS)), pair);
                    }
                }
            }
            i = j;
        }
    }

    private static <T> T run(ForkJoinPool workers, java.util.concurrent.Callable<T> task) {
        try {
            return workers.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("reuse detection failed: " + e.getCause(), e.getCause());
        }
    }
}
