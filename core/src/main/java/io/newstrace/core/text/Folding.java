package io.newstrace.core.text;

import java.text.Normalizer;

/** Character-level normalisations shared by the stages. None of them changes offsets into the raw text. */
public final class Folding {
    private Folding() {
    }

    /**
     * White space as a reader sees it: Java white space plus the no-break spaces (U+00A0, U+2007, U+202F)
     * and the zero-width characters that page dumps carry.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    /** Removes accents (Goïta → Goita, Écoutez → Ecoutez); the result may be shorter than the input. */
    public static String stripAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The form used to compare lines: accents removed, lower case, typographic apostrophes and spaces unified,
     * white space collapsed.
     */
    public static String matchForm(String text) {
        String folded = stripAccents(text).replace('\u2019', '\'').replace('\u02BC', '\'');
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
