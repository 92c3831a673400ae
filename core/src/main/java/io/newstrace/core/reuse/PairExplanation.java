package io.newstrace.core.reuse;

import java.util.Arrays;
import java.util.List;

/**
 * Why two articles do or do not share passages: their sizes in words and shingles, the shingles they share, whether
 * that is enough for the pair to be aligned, and every chain of matching shingles with the verdict on it.
 */
public record PairExplanation(ReuseConfig config, int aWords, int bWords, int aShingles, int bShingles,
                              int sharedShingles, boolean candidate, List<Verdict> chains) {

    /** A chain and why it was or was not reported (null when reported). */
    public record Verdict(PassageAligner.Passage passage, String rejection) {
    }

    public static PairExplanation of(ReuseText a, ReuseText b, ReuseConfig config) {
        long[] aSet = distinct(a.shingles(config.shingleSize()));
        long[] bSet = distinct(b.shingles(config.shingleSize()));
        int shared = (int) Arrays.stream(aSet).filter(shingle -> Arrays.binarySearch(bSet, shingle) >= 0).count();
        PassageAligner aligner = new PassageAligner(config);
        boolean candidate = shared >= config.minSharedShingles();
        List<Verdict> chains = aligner.chains(a, b).stream()
                .map(passage -> new Verdict(passage, candidate ? aligner.rejection(passage)
                        : "the pair shares " + shared + " shingles < " + config.minSharedShingles()
                        + " and is never aligned"))
                .toList();
        return new PairExplanation(config, a.size(), b.size(), aSet.length, bSet.length, shared, candidate, chains);
    }

    static long[] distinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }
}
