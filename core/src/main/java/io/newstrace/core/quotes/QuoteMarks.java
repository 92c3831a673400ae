package io.newstrace.core.quotes;

import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the outermost quotations of each paragraph: « … » (with or without no-break spaces), “ … ”, „ … “,
 * ‹ … ›, straight "…", ” … ” (a closing mark typed for the opening one), and ''…'' or ‘’…’’ (two apostrophes, as
 * some archives and pages write quotation marks), with quotations
 * inside quotations left inside. A quotation left open at the end of a paragraph ends there; it is
 * {@code continued} when the next paragraph reopens with the same mark (the French convention for a quotation
 * over several paragraphs) and {@code unclosed} otherwise.
 */
final class QuoteMarks {
    private static final int MAX_HEADINGS_INSIDE = 2;
    private static final int MAX_HEADING_WORDS = 25;
    private static final Pattern HEADING_END = Pattern.compile("[^.!?…:;,]$");
    private static final Pattern REVERSED_CLOSER = Pattern.compile("«[\\s\u00a0\u202f]*[,.;]");
    private static final String MARKS = "«»“”\"‹›„";
    /** One quotation: its words without the marks, where its opening mark stands, how it ended. */
    record Quoted(Span words, int open, int paragraph, boolean unclosed, boolean continued,
                  boolean continuation) {
    }

    /** Two straight or curly apostrophes: ''…'', ‘’…’’ ("creators,’’ says the 39-year-old founder"). */
    private static final Pattern DOUBLED_APOSTROPHES = Pattern.compile("['‘’]['‘’]");

    private QuoteMarks() {
    }

    /**
     * The text with each pair of apostrophes standing for a quotation mark written as a space and a straight
     * quote: the same length, so offsets hold, and read as straight quotes are.
     */
    static String withPlainMarks(String text) {
        return DOUBLED_APOSTROPHES.matcher(text).replaceAll(" \"");
    }

    /** Whether two apostrophes standing for a quotation mark start at {@code i}. */
    static boolean doubledApostropheAt(String text, int i) {
        return i >= 0 && i + 2 <= text.length() && DOUBLED_APOSTROPHES.matcher(text).region(i, i + 2).matches();
    }

    static List<Quoted> find(String text, List<Span> paragraphs) {
        String raw = withPlainMarks(text);
        List<Quoted> found = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            int i = paragraph.start();
            boolean sawQuote = false;
            boolean reversed = reversed(raw, paragraph);
            while (i < paragraph.end()) {
                char c = raw.charAt(i);
                String closers = closersOf(raw, i, paragraph, reversed);
                if (closers.isEmpty()) {
                    i++;
                    continue;
                }
                int close = findClose(raw, i, c, closers, paragraph.end());
                // A pair of apostrophes opens where its first one stands.
                int open = doubledApostropheAt(text, i - 1) ? i - 1 : i;
                boolean isContinuation = carried && !sawQuote && isFirstText(raw, paragraph.start(), i);
                sawQuote = true;
                if (close < 0) {
                    Span next = nextTextParagraph(raw, paragraphs, p);
                    boolean continued = next != null && opensWith(raw, next, c);
                    add(raw, open, i + 1, paragraph.end(), p, true, continued, isContinuation, found);
                    carried = continued;
                    i = paragraph.end();
                    break;
                }
                add(raw, open, i + 1, close, p, false, false, isContinuation, found);
                carried = false;
                i = close + 1;
            }
            if (!sawQuote && !isHeading(raw, paragraph)) {
                carried = false;
            }
        }
        return found;
    }

    /**
     * The marks that close an opening mark at {@code i}, empty when the character opens nothing. Pages mix
     * straight and curly English quotes ("And I asked …?” said Hill), so each closes the other. In a paragraph
     * written with {@code reversed} guillemets, » opens and « closes.
     */
    private static String closersOf(String raw, int i, Span paragraph, boolean reversed) {
        char c = raw.charAt(i);
        switch (c) {
            case '«':
                // "« Je n’ai pas signé … aux autorités russes« , a-t-il déclaré": a « closing a sentence closes the «
                // that opened it (`findClose`).
                return !reversed ? "»" : "";
            case '»':
                // Some sites reverse the guillemets (Guinéenews: "  » Pourquoi … ? « , s’est interrogé"): in a
                // paragraph where a « closes a sentence, » opens.
                return reversed ? "«" : "";
            case '“':
                return "”\"";
            case '„':
                return "“”";
            case '‹':
                return "›";
            case '"':
            case '”':
                // A straight quote opens when it follows a space or an opening bracket and precedes a word; so does
                // a closing curly quote typed for an opening one ("”Mr. Trump embodies … shame.” ― Sonya Herridge"),
                // and any mark opening a paragraph, where it closes nothing ("” … he delivered …,” Barabak wrote.").
                boolean after = i == paragraph.start() || Folding.isSpace(raw.charAt(i - 1))
                        || "([—–-:".indexOf(raw.charAt(i - 1)) >= 0;
                boolean before = i + 1 < paragraph.end() && !Folding.isSpace(raw.charAt(i + 1));
                return after && (before || isFirstText(raw, paragraph.start(), i)) ? "\"”" : "";
            default:
                return "";
        }
    }

    /**
     * Whether a paragraph writes its guillemets the wrong way round: a « followed by a comma or a full stop, and a »
     * before any «. "« C’est avec stupeur … au Niger« , indique l’institution … à « libérer immédiatement » …" opens
     * with « and only types one closing mark wrong.
     */
    private static boolean reversed(String raw, Span paragraph) {
        String text = paragraph.of(raw);
        int opening = text.indexOf('«');
        int closing = text.indexOf('»');
        return closing >= 0 && (opening < 0 || closing < opening)
                && REVERSED_CLOSER.matcher(raw).region(paragraph.start(), paragraph.end()).find();
    }

    /** A « typed for the closing »: before a comma, a full stop or a semicolon, or ending its paragraph. */
    private static boolean guillemetTypedForClosing(String raw, int i, int end) {
        return REVERSED_CLOSER.matcher(raw).region(i, end).lookingAt() || Folding.isBlank(raw.substring(i + 1, end));
    }

    /** The index of the matching closing mark, nested quotations of the same kind counted; -1 when none. */
    private static int findClose(String raw, int open, char opener, String closers, int end) {
        int depth = 0;
        for (int i = open + 1; i < end; i++) {
            char c = raw.charAt(i);
            // A straight quote before a word opens a quotation inside this one; elsewhere it closes.
            boolean closes = closers.indexOf(c) >= 0
                    && (c != '"' || i + 1 == end || !Character.isLetterOrDigit(raw.charAt(i + 1)))
                    || c == '“' && opener == '“' && typedForClosing(raw, i, end)
                    || c == '«' && opener == '«' && guillemetTypedForClosing(raw, i, end);
            if (closes) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == opener) {
                depth++;
            }
        }
        return -1;
    }

    /**
     * An opening curly quote typed for the closing one: right after the last word's punctuation and before a space
     * ("… problems for her here,“ said Jim Clyburn"), where no quotation opens.
     */
    private static boolean typedForClosing(String raw, int i, int end) {
        return ",.!?…".indexOf(raw.charAt(i - 1)) >= 0 && (i + 1 == end || Folding.isSpace(raw.charAt(i + 1)));
    }

    /**
     * The paragraph after paragraph {@code p}, past a subhead or a link line or two that a page sets between the
     * paragraphs of one quotation ("J’ai perdu 48 membres de ma famille", "Lire aussi : …"); null at the end.
     */
    private static Span nextTextParagraph(String raw, List<Span> paragraphs, int p) {
        for (int next = p + 1; next < paragraphs.size() && next <= p + 1 + MAX_HEADINGS_INSIDE; next++) {
            if (!isHeading(raw, paragraphs.get(next))) {
                return paragraphs.get(next);
            }
        }
        return null;
    }

    /** A line with no quotation mark that does not end as a sentence does: a subhead, a link. */
    private static boolean isHeading(String raw, Span paragraph) {
        String text = paragraph.of(raw).strip();
        return !text.isEmpty() && HEADING_END.matcher(text).find()
                && text.chars().noneMatch(ch -> MARKS.indexOf(ch) >= 0)
                && text.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static boolean opensWith(String raw, Span paragraph, char opener) {
        int i = paragraph.start();
        while (i < paragraph.end() && Folding.isSpace(raw.charAt(i))) {
            i++;
        }
        return i < paragraph.end() && raw.charAt(i) == opener;
    }

    private static boolean isFirstText(String raw, int from, int at) {
        return Folding.isBlank(raw.substring(from, at));
    }

    private static void add(String raw, int open, int start, int end, int paragraph, boolean unclosed,
                            boolean continued, boolean continuation, List<Quoted> found) {
        while (start < end && Folding.isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Folding.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            found.add(new Quoted(new Span(start, end), open, paragraph, unclosed, continued, continuation));
        }
    }
}
