package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;

import java.util.Locale;
import java.util.Set;

/**
 * The surface features of a line that tell prose from page furniture: how many words, how many of them are
 * function words, whether it ends like a sentence.
 */
record TextShape(int words, int functionWords, int capitalised, boolean endsSentence, int letters) {

    static TextShape of(String text, Set<String> functionWordList) {
        int words = 0;
        int function = 0;
        int capitalised = 0;
        int letters = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || isWordJoiner(text, i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                boolean hasLetter = false;
                for (int k = 0; k < word.length(); k++) {
                    if (Character.isLetter(word.charAt(k))) {
                        hasLetter = true;
                        letters++;
                    }
                }
                if (hasLetter) {
                    words++;
                    if (Character.isUpperCase(word.charAt(0))) {
                        capitalised++;
                    }
                    String key = Folding.stripAccents(word).toLowerCase(Locale.ROOT);
                    int apostrophe = Math.max(key.indexOf('\''), key.indexOf('\u2019'));
                    // French elision: l'armée counts as the article l'.
                    if (functionWordList.contains(key)
                            || apostrophe > 0 && functionWordList.contains(key.substring(0, apostrophe) + "'")) {
                        function++;
                    }
                }
            }
        }
        return new TextShape(words, function, capitalised, endsLikeSentence(text, words), letters);
    }

    private static boolean isWordJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1)) && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    /** Final punctuation of a sentence, possibly followed by closing quotes or brackets. */
    private static boolean endsLikeSentence(String text, int words) {
        int i = text.length() - 1;
        while (i >= 0 && (Folding.isSpace(text.charAt(i)) || "»”\"’')]*".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = text.charAt(i);
        if (last == '.' || last == '!' || last == '?' || last == '…') {
            return true;
        }
        // A reporter's sentence that introduces a quotation ends with a colon.
        return last == ':' && words >= 10;
    }

    double functionRatio() {
        return words == 0 ? 0 : (double) functionWords / words;
    }

    /** A paragraph of running text: a sentence of some length, or a long run of words read as prose. */
    boolean isProse() {
        return endsSentence && words >= 10 && functionRatio() >= 0.15
                || words >= 25 && functionRatio() >= 0.25 && capitalisedRatio() <= 0.3;
    }

    /** Share of words that start with a capital: high in menus and keyword lists, low in running text. */
    double capitalisedRatio() {
        return words == 0 ? 0 : (double) capitalised / words;
    }

    /** A short line without letters, or with one or two of them: markup debris such as "()", "x", "0". */
    boolean isResidue() {
        return letters <= 2;
    }
}
