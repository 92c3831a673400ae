package io.newstrace.core.sources.registry;

import io.newstrace.core.text.Folding;

import java.util.Arrays;

/**
 * The words and punctuation marks of a text, with their offsets in it, for matching outlet names. A word is a run
 * of letters and digits; its key is lower case without accents. White space, hyphens and apostrophes only separate
 * words ("France-Presse" and "France Presse", "l'AFP" and "l AFP" give the same keys); any other character is a
 * token of its own, so "Abidjan.net" needs its dot.
 */
final class Tokens {
    private final String text;
    private final String folded;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;
    private final boolean[] words;
    private final int size;

    private Tokens(String text, String folded, int[] starts, int[] ends, String[] keys, boolean[] words, int size) {
        this.text = text;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
        this.words = words;
        this.size = size;
    }

    static Tokens of(String text) {
        // foldInPlace keeps offsets, so a token of the folded text is at the same place in the original
        String folded = Folding.foldInPlace(text);
        int capacity = Math.max(8, text.length() / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] keys = new String[capacity];
        boolean[] words = new boolean[capacity];
        int size = 0;
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            int end;
            boolean word = isWordChar(c);
            if (word) {
                end = i + 1;
                while (end < folded.length() && (isWordChar(folded.charAt(end)) || isMark(folded.charAt(end)))) {
                    end++;
                }
            } else if (isSeparator(c) || isMark(c)) {
                i++;
                continue;
            } else {
                end = i + 1;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
                words = Arrays.copyOf(words, size * 2);
            }
            starts[size] = i;
            ends[size] = end;
            keys[size] = key(folded, i, end);
            words[size] = word;
            size++;
            i = end;
        }
        return new Tokens(text, folded, starts, ends, keys, words, size);
    }

    private static String key(String folded, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isMark(folded.charAt(i))) {
                // decomposed accents (NFD text): drop the marks so that "e\u0301" keys like "e"
                StringBuilder key = new StringBuilder(end - start);
                for (int j = start; j < end; j++) {
                    if (!isMark(folded.charAt(j))) {
                        key.append(folded.charAt(j));
                    }
                }
                return key.toString();
            }
        }
        return folded.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Checked on folded text, where every white space is a plain space and apostrophes are straight. */
    private static boolean isSeparator(char c) {
        return c == ' ' || isHyphen(c) || c == '\'' || c == '\u2018';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String key(int i) {
        return keys[i];
    }

    boolean isWord(int i) {
        return words[i];
    }

    /** No lower-case letter in the token as written: "AFP", "ČTK", "TV5". */
    boolean isUpperCase(int i) {
        for (int c = starts[i]; c < ends[i]; c++) {
            if (Character.isLowerCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    int letters(int i) {
        int letters = 0;
        for (int c = starts[i]; c < ends[i]; c++) {
            letters += Character.isLetter(text.charAt(c)) ? 1 : 0;
        }
        return letters;
    }

    /** The token as written does not start with a lower-case letter (digits and uncased scripts pass). */
    boolean isCapitalised(int i) {
        return !Character.isLowerCase(text.charAt(starts[i]));
    }

    /** The token as written starts with a capital letter. */
    boolean startsWithCapital(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Only white space between token {@code i} and the next one. */
    boolean spaceOnlyAfter(int i) {
        for (int c = ends[i]; c < starts[i + 1]; c++) {
            if (folded.charAt(c) != ' ') {
                return false;
            }
        }
        return ends[i] < starts[i + 1];
    }

    /** Token {@code i} is glued by a hyphen to a word before it, as "Croix" in "Sainte-Croix". */
    boolean hyphenJoinedBefore(int i) {
        int s = starts[i];
        return s >= 2 && isHyphen(folded.charAt(s - 1)) && isWordChar(folded.charAt(s - 2));
    }

    /** Token {@code i} is glued by a hyphen to a word after it, as "Croix" in "Croix-Rouge". */
    boolean hyphenJoinedAfter(int i) {
        int e = ends[i];
        return e + 1 < folded.length() && isHyphen(folded.charAt(e)) && isWordChar(folded.charAt(e + 1));
    }
}
