package io.newstrace.core.text;

import java.text.Normalizer;
import java.util.Locale;

/** Character-level normalisations shared by the stages. None of them changes offsets into the raw text. */
public final class Folding {
    private Folding() {
    }

    /**
     * White space as a reader sees it: Java white space plus the no-break spaces (U+00A0, U+2007, U+202F)
     * and the invisible format characters that page dumps carry (zero-width spaces and joiners, the byte order
     * mark, the bidirectional marks of embedded posts: "\u202A”Sorry Sarah, …” posted …"), but not the soft
     * hyphen, which stands inside a word.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c != '\u00AD' && Character.getType(c) == Character.FORMAT;
    }

    /** True when the text holds nothing but {@link #isSpace white space}. */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Unaccented forms of the Latin letters U+00C0 to U+024F, computed once: the common case needs no Normalizer. */
    private static final int LATIN_START = 0x00C0;
    private static final String[] LATIN_FOLDED = new String[0x0250 - LATIN_START];

    static {
        for (int c = LATIN_START; c < 0x0250; c++) {
            LATIN_FOLDED[c - LATIN_START] = withoutMarks(Normalizer.normalize(String.valueOf((char) c),
                    Normalizer.Form.NFD));
        }
    }

    /** Removes accents (Goïta → Goita, Écoutez → Ecoutez); the result may be shorter than the input. */
    public static String stripAccents(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < LATIN_START) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < LATIN_START) {
                out.append(c);
            } else if (c < 0x0250) {
                out.append(LATIN_FOLDED[c - LATIN_START]);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.append(decomposed.length() == 1 ? decomposed : withoutMarks(decomposed));
            }
        }
        return out.toString();
    }

    private static String withoutMarks(String decomposed) {
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
     * Lower case, accents removed, white space as plain spaces, typographic apostrophes straight, character for
     * character: the result has the length of the input, so a match in it is a match at the same offsets in the
     * original. Letters that do not fold to a single character are kept as they are.
     */
    public static String foldInPlace(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    /** One character of {@link #foldInPlace}: lower case, unaccented, plain apostrophe and space. */
    public static char foldChar(char c) {
        if (c < 0x80) {
            // Most of any text, and the slow general tests below are not needed for it.
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') ? ' ' : c;
        }
        if (c >= LATIN_START && c < 0x0250 && LATIN_FOLDED[c - LATIN_START].length() == 1) {
            c = LATIN_FOLDED[c - LATIN_START].charAt(0);
        } else if (c == '\u2019' || c == '\u02BC') {
            c = '\'';
        } else if (isSpace(c)) {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    /** Every {@link #isSpace white space} character (no-break spaces included) as a plain space; same length. */
    public static String plainSpaces(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The form used to compare lines: accents removed, typographic apostrophes and spaces unified, white space
     * collapsed; case kept.
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

    /** {@link #matchForm} in lower case: the form in which words are looked up in word lists and compared. */
    public static String lowerMatchForm(String text) {
        return matchForm(text).toLowerCase(Locale.ROOT);
    }
}
