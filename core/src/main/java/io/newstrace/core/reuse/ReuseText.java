package io.newstrace.core.reuse;

import java.io.Serializable;

import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.util.Arrays;
import java.util.List;

/**
 * The body of one article as reuse detection sees it: its words (runs of letters and digits, folded to lower
 * case without accents, punctuation dropped) as hashes, with each word's offsets in the raw text. Only the body
 * paragraphs are read, so removed furniture never counts as reuse. A dedicated scanner rather than the
 * annotators' tokenizer: it allocates nothing per word, which matters at a million articles.
 */
public record ReuseText(String article, int[] starts, int[] ends, long[] words) implements Serializable {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    public static ReuseText of(String article, String raw, List<Span> paragraphs) {
        int capacity = 16;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        long[] words = new long[capacity];
        int count = 0;
        for (Span paragraph : paragraphs) {
            int i = paragraph.start();
            while (i < paragraph.end()) {
                if (!Character.isLetterOrDigit(raw.charAt(i))) {
                    i++;
                    continue;
                }
                long hash = FNV_OFFSET;
                int start = i;
                while (i < paragraph.end() && Character.isLetterOrDigit(raw.charAt(i))) {
                    hash = (hash ^ Folding.foldChar(raw.charAt(i))) * FNV_PRIME;
                    i++;
                }
                if (count == capacity) {
                    capacity *= 2;
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    words = Arrays.copyOf(words, capacity);
                }
                starts[count] = start;
                ends[count] = i;
                words[count] = mix(hash);
                count++;
            }
        }
        return new ReuseText(article, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(words, count));
    }

    public int size() {
        return words.length;
    }

    /** Hash of the {@code size} words starting at each word: entry i covers words [i, i + size). */
    public long[] shingles(int size) {
        int count = Math.max(0, words.length - size + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = FNV_OFFSET;
            for (int k = 0; k < size; k++) {
                hash = (hash ^ words[i + k]) * FNV_PRIME;
            }
            shingles[i] = mix(hash);
        }
        return shingles;
    }

    /** The raw-text span of words [from, to). */
    public Span span(int from, int to) {
        return new Span(starts[from], ends[to - 1]);
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole word, so any bit range is a fair sample. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
