package io.newstrace.core.nlp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;
import io.newstrace.core.text.LanguageResources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries in French and English paragraphs. ICU's break iterator finds the candidates; this class
 * then undoes the breaks that news text gets wrong: after abbreviations (M., Mme, Dr., St., U.S.) and initials
 * (J. R. R. Tolkien), before a lower-case continuation, and French closing guillemets that the spaced
 * typography ("… fin. »") pushes to the start of the next sentence. Thread-safe.
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "»”’\"›)]";
    /** Marks that open as well as close: one directly before a letter opens the next sentence ('Kunin. "She …'). */
    private static final String OPENING_TOO = "\"’";

    /** A sentence's end glued to the next one's capitalised word, after a word of two lower-case letters or more. */
    private static final Pattern GLUED_SENTENCES = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?][\"”»]?)(?=\\p{Lu}\\p{Ll})");

    private final Set<String> abbreviations = new HashSet<>();

    public SentenceSplitter(List<String> languages) {
        for (String language : languages) {
            abbreviations.addAll(LanguageResources.words(language, "abbreviations.txt"));
        }
    }

    /** The sentences of {@code raw[paragraph)}, trimmed, as spans into {@code raw}. */
    public List<Span> split(String raw, Span paragraph) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.ROOT);
        breaks.setText(raw.substring(paragraph.start(), paragraph.end()));
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int cut = breaks.next(); cut != BreakIterator.DONE; cut = breaks.next()) {
            cuts.add(paragraph.start() + cut);
        }
        // "… à la chaîne Pervi Kanal.Selon Maria Zakharova, …": pages that lose the space between two paragraphs
        // glue their sentences, where ICU sees none.
        Matcher glued = GLUED_SENTENCES.matcher(raw).region(paragraph.start(), paragraph.end());
        while (glued.find()) {
            cuts.add(glued.end());
        }
        List<Span> sentences = new ArrayList<>();
        int start = paragraph.start();
        for (int cut : cuts) {
            int end = cut;
            if (end < paragraph.end()) {
                int moved = absorbClosers(raw, end, paragraph.end());
                if (keepsGoing(raw, start, moved, paragraph.end())) {
                    continue;
                }
                end = moved;
            }
            addTrimmed(raw, start, end, sentences);
            start = end;
        }
        return sentences;
    }

    /** Closing quotes and brackets (with the spaces before them) that ICU left at the start of the next piece. */
    private static int absorbClosers(String raw, int cut, int limit) {
        int i = cut;
        while (i < limit && Folding.isSpace(raw.charAt(i))) {
            i++;
        }
        if (i == limit || !closes(raw, i, limit)) {
            return cut;
        }
        while (i < limit && (closes(raw, i, limit) || Folding.isSpace(raw.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean closes(String raw, int i, int limit) {
        char mark = raw.charAt(i);
        return CLOSERS.indexOf(mark) >= 0 && !(OPENING_TOO.indexOf(mark) >= 0 && i + 1 < limit
                && Character.isLetterOrDigit(raw.charAt(i + 1)));
    }

    /**
     * Whether the break at {@code cut} is false: an abbreviation or initial before it, lower case after it (after an
     * opening quotation mark too).
     */
    private boolean keepsGoing(String raw, int start, int cut, int limit) {
        int end = cut;
        while (end > start && Folding.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (end == start || raw.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > start && !Folding.isSpace(raw.charAt(wordStart - 1))
                && "«“\"(".indexOf(raw.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = raw.substring(wordStart, end - 1);
        String folded = Folding.stripAccents(word).toLowerCase(Locale.ROOT);
        if (abbreviations.contains(folded)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. R. R. Tolkien", "George W. Bush"
        }
        // "who lost 16 lbs. “and two belt loops” between May and October": an opening mark before the lower case.
        int next = cut;
        while (next < limit && (Folding.isSpace(raw.charAt(next)) || "«“\"‘".indexOf(raw.charAt(next)) >= 0)) {
            next++;
        }
        return next < limit && Character.isLowerCase(raw.charAt(next));
    }

    private static void addTrimmed(String raw, int start, int end, List<Span> out) {
        while (start < end && Folding.isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Folding.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
