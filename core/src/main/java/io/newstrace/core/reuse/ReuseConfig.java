package io.newstrace.core.reuse;

import java.io.Serializable;

/**
 * Settings of passage reuse detection, written to {@code run.json} so that a run can be explained.
 *
 * @param shingleSize         words per shingle (a shingle is hashed from consecutive normalised words)
 * @param maxShingleArticles  a shingle found in more articles than this is a stock phrase: it links each of those
 *                            articles to only the first {@code hubArticles} of them instead of to all of them
 * @param hubArticles         see {@code maxShingleArticles}
 * @param minSharedShingles   distinct shingles two articles must share to be aligned at all
 * @param maxGapWords         largest run of unmatched words (inserted, dropped or changed) inside one passage
 * @param minPassageWords     shortest passage reported, in words on the shorter side
 * @param minScore            lowest share of the passage's words covered by matching shingles
 */
public record ReuseConfig(int shingleSize, int maxShingleArticles, int hubArticles, int minSharedShingles,
                          int maxGapWords, int minPassageWords, double minScore) implements Serializable {

    public static final ReuseConfig DEFAULT = new ReuseConfig(5, 20, 3, 8, 16, 20, 0.6);

    public ReuseConfig {
        if (shingleSize < 1 || maxShingleArticles < 2 || hubArticles < 1 || minSharedShingles < 1
                || maxGapWords < 0 || minPassageWords < shingleSize || minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("invalid reuse configuration: " + this);
        }
    }
}
