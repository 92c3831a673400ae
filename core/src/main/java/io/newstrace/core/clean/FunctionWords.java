package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;

import java.util.Locale;
import java.util.Set;

/**
 * The function words of the configured languages (articles, prepositions, auxiliaries), stored folded. Lookups
 * skip words longer than the longest function word: most words of a paragraph are, and folding them is the cost.
 */
record FunctionWords(Set<String> words, int longest) {

    static FunctionWords of(Set<String> words) {
        return new FunctionWords(Set.copyOf(words), words.stream().mapToInt(String::length).max().orElse(0));
    }

    /** Whether a word, already folded, is a function word. */
    boolean contains(String folded) {
        return words.contains(folded);
    }

    /** Whether {@code text[start, end)} is a function word, or an elided one (French l'armée counts as l'). */
    boolean isFunctionWord(String text, int start, int end) {
        if (end - start <= longest && words.contains(fold(text, start, end))) {
            return true;
        }
        for (int i = start + 1; i < end && i - start < longest; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return words.contains(fold(text, start, i) + "'");
            }
        }
        return false;
    }

    private static String fold(String text, int start, int end) {
        return Folding.stripAccents(text.substring(start, end)).toLowerCase(Locale.ROOT);
    }
}
