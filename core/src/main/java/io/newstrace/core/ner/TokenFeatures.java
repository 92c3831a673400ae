package io.newstrace.core.ner;

import java.util.List;
import java.util.Locale;

/**
 * The features of a token in its sentence for the entity tagger, as 64-bit hashes: the word and its neighbours
 * (lower-cased), its shape (Xxxx, XX, dd, X.) alone and with the neighbouring words, prefixes and suffixes,
 * whether it starts the sentence, and the tags already given to the two tokens before it (the tagger reads left
 * to right).
 */
final class TokenFeatures {
    /** Room for the features of one token. */
    static final int MAX = 32;

    /**
     * The feature set models are trained with. Set 2 adds the prefixes of 2 and 4 letters and the shape with the
     * previous tag and with the neighbouring words; a model keeps the set it was trained with (the English model
     * is of set 1).
     */
    static final int CURRENT_SET = 2;

    private TokenFeatures() {
    }

    /**
     * Writes the feature hashes of token {@code i} into {@code out} and returns how many there are.
     *
     * @param words   the sentence's tokens as written
     * @param lower   the same, lower case
     * @param shapes  their shapes
     * @param prev1   the tag given to token i-1 ("<s>" at the start)
     * @param prev2   the tag given to token i-2
     * @param set     the feature set of the model (1 or 2)
     */
    static int extract(List<String> words, List<String> lower, List<String> shapes, int i, String prev1,
                       String prev2, int set, long[] out) {
        int n = 0;
        String w = lower.get(i);
        out[n++] = hash("b", "");
        out[n++] = hash("w", w);
        out[n++] = hash("s", shapes.get(i));
        out[n++] = hash("p1", prefix(w, 1));
        out[n++] = hash("p3", prefix(w, 3));
        out[n++] = hash("x2", suffix(w, 2));
        out[n++] = hash("x3", suffix(w, 3));
        out[n++] = hash("x4", suffix(w, 4));
        out[n++] = hash("w-1", i > 0 ? lower.get(i - 1) : "<s>");
        out[n++] = hash("w+1", i + 1 < words.size() ? lower.get(i + 1) : "</s>");
        out[n++] = hash("w-2", i > 1 ? lower.get(i - 2) : "<s>");
        out[n++] = hash("w+2", i + 2 < words.size() ? lower.get(i + 2) : "</s>");
        out[n++] = hash("s-1", i > 0 ? shapes.get(i - 1) : "<s>");
        out[n++] = hash("s+1", i + 1 < words.size() ? shapes.get(i + 1) : "</s>");
        out[n++] = hash("t-1", prev1);
        out[n++] = hash("t-2t-1", prev2 + "|" + prev1);
        out[n++] = hash("t-1w", prev1 + "|" + w);
        out[n++] = hash("first", i == 0 ? shapes.get(i) : "-");
        out[n++] = hash("w-1w", (i > 0 ? lower.get(i - 1) : "<s>") + "|" + w);
        out[n++] = hash("ww+1", w + "|" + (i + 1 < words.size() ? lower.get(i + 1) : "</s>"));
        out[n++] = hash("s-1s", (i > 0 ? shapes.get(i - 1) : "<s>") + "|" + shapes.get(i) + "|"
                + (i + 1 < words.size() ? shapes.get(i + 1) : "</s>"));
        if (set >= 2) {
            out[n++] = hash("p2", prefix(w, 2));
            out[n++] = hash("p4", prefix(w, 4));
            // A capitalised word inside the sentence, after what (a title "M.", a comma, a lower-case word).
            out[n++] = hash("capMid", i > 0 && Character.isUpperCase(words.get(i).charAt(0))
                    ? shapes.get(i - 1) : "-");
            // An unknown capitalised word after B-PER is most often the surname; the tag alone cannot tell it.
            out[n++] = hash("t-1s", prev1 + "|" + shapes.get(i));
            out[n++] = hash("w-1s", (i > 0 ? lower.get(i - 1) : "<s>") + "|" + shapes.get(i));
            out[n++] = hash("sw+1", shapes.get(i) + "|" + (i + 1 < words.size() ? lower.get(i + 1) : "</s>"));
        }
        return n;
    }

    /** Xxxx for Goïta, XX for ONU, xxxx for armée, dd for 12, X. for M., Xx-Xx for Jean-Yves; runs collapsed. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            if (run <= 2) {
                shape.append(s);
            }
            last = s;
        }
        return shape.toString();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String prefix(String w, int n) {
        return w.length() <= n ? w : w.substring(0, n);
    }

    private static String suffix(String w, int n) {
        return w.length() <= n ? w : w.substring(w.length() - n);
    }

    /** FNV-1a over the feature's name and value. */
    private static long hash(String name, String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ '=') * 0x100000001b3L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
