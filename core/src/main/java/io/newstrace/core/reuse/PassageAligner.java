package io.newstrace.core.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the passages two texts share. Matching shingles are chained along near diagonals: a chain may skip up
 * to {@code maxGapWords} unmatched words on either side (words inserted, dropped or changed) and drift by as
 * many, so an edited copy stays one passage while re-ordered sentences become passages of their own. A passage
 * runs from its first matched shingle to its last; its score is the share of its words, on both sides, that
 * matched shingles cover.
 */
public final class PassageAligner {
    /** Bits of a sorted entry that hold the word position; the rest hold the shingle hash. */
    private static final int POSITION_BITS = 24;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /** A shingle repeated more often than this inside one text is a refrain, not evidence of copying. */
    private static final int MAX_REPEATS = 8;

    private final ReuseConfig config;

    public PassageAligner(ReuseConfig config) {
        this.config = config;
    }

    /**
     * A chain of matching shingles as words [aFrom, aTo) of text a and [bFrom, bTo) of text b, with how many of
     * those words matched shingles cover on each side.
     */
    public record Passage(int aFrom, int aTo, int bFrom, int bTo, int aCovered, int bCovered) {
        public int words() {
            return Math.min(aTo - aFrom, bTo - bFrom);
        }

        public double score() {
            return (double) (aCovered + bCovered) / ((aTo - aFrom) + (bTo - bFrom));
        }
    }

    /** Every chain, reported or not, longest first (ties by position): what {@code compare} explains. */
    public List<Passage> chains(ReuseText a, ReuseText b) {
        int n = config.shingleSize();
        long[] aShingles = a.shingles(n);
        long[] bIndex = positionIndex(b.shingles(n));
        List<Chain> open = new ArrayList<>();
        List<Chain> all = new ArrayList<>();
        int reach = config.maxGapWords() + n;
        for (int i = 0; i < aShingles.length; i++) {
            long key = aShingles[i] & ~POSITION_MASK;
            int first = lowerBound(bIndex, key);
            int last = first;
            while (last < bIndex.length && (bIndex[last] & ~POSITION_MASK) == key) {
                last++;
            }
            if (first == last || last - first > MAX_REPEATS) {
                continue;
            }
            int finalI = i;
            open.removeIf(chain -> finalI - chain.lastA > reach);
            for (int e = first; e < last; e++) {
                int j = (int) (bIndex[e] & POSITION_MASK);
                Chain best = null;
                for (Chain chain : open) {
                    if (chain.accepts(i, j, reach, config.maxGapWords())
                            && (best == null || chain.drift(i, j) < best.drift(i, j))) {
                        best = chain;
                    }
                }
                if (best == null) {
                    best = new Chain(i, j, n);
                    open.add(best);
                    all.add(best);
                } else {
                    best.extend(i, j, n);
                }
            }
        }
        return all.stream()
                .map(chain -> new Passage(chain.firstA, chain.lastA + n, chain.firstB, chain.lastB + n,
                        chain.coveredA, chain.coveredB))
                .sorted((x, y) -> x.words() != y.words() ? Integer.compare(y.words(), x.words())
                        : x.aFrom() != y.aFrom() ? Integer.compare(x.aFrom(), y.aFrom())
                        : Integer.compare(x.bFrom(), y.bFrom()))
                .toList();
    }

    /** The passages worth reporting: long enough and covered enough. */
    public List<Passage> align(ReuseText a, ReuseText b) {
        return chains(a, b).stream().filter(this::reported).toList();
    }

    public boolean reported(Passage passage) {
        return passage.words() >= config.minPassageWords() && passage.score() >= config.minScore();
    }

    /** Why a passage was not reported, in words, or null when it was. */
    public String rejection(Passage passage) {
        if (passage.words() < config.minPassageWords()) {
            return passage.words() + " words < " + config.minPassageWords();
        }
        if (passage.score() < config.minScore()) {
            return String.format(java.util.Locale.ROOT, "score %.3f < %.3f", passage.score(), config.minScore());
        }
        return null;
    }

    /** Shingles with their positions, sorted: equal shingles are adjacent and found by binary search. */
    private static long[] positionIndex(long[] shingles) {
        long[] index = new long[shingles.length];
        for (int j = 0; j < shingles.length; j++) {
            index[j] = (shingles[j] & ~POSITION_MASK) | j;
        }
        Arrays.sort(index);
        return index;
    }

    private static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static final class Chain {
        final int firstA;
        final int firstB;
        int lastA;
        int lastB;
        int coveredA;
        int coveredB;

        Chain(int a, int b, int n) {
            firstA = lastA = a;
            firstB = lastB = b;
            coveredA = coveredB = n;
        }

        boolean accepts(int a, int b, int reach, int maxDrift) {
            return a > lastA && b > lastB && b - lastB <= reach && drift(a, b) <= maxDrift;
        }

        int drift(int a, int b) {
            return Math.abs((a - b) - (lastA - lastB));
        }

        void extend(int a, int b, int n) {
            coveredA += Math.min(n, a - lastA);
            coveredB += Math.min(n, b - lastB);
            lastA = a;
            lastB = b;
        }
    }
}
