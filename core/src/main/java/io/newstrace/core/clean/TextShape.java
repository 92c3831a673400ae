package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;


/**
 * The surface features of a line that tell prose from page furniture: how many words, how many of them are
 * function words, whether it ends like a sentence.
 */
record TextShape(int words, int functionWords, int capitalised, boolean endsSentence, int letters,
                 int unspacedLetters) {
    /** About how many letters of a spaced script one character of Chinese or Japanese stands for. */
    private static final int UNSPACED_LETTER_WEIGHT = 3;

    static TextShape of(String text, FunctionWords functionWords) {
        int words = 0;
        int function = 0;
        int capitalised = 0;
        int letters = 0;
        int unspaced = 0;
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
            int wordLetters = 0;
            for (int k = start; k < i; k++) {
                if (Character.isLetter(text.charAt(k))) {
                    wordLetters++;
                    unspaced += isUnspacedScript(text.charAt(k)) ? 1 : 0;
                }
            }
            if (wordLetters > 0) {
                letters += wordLetters;
                words++;
                if (Character.isUpperCase(text.charAt(start))) {
                    capitalised++;
                }
                if (functionWords.isFunctionWord(text, start, i)) {
                    function++;
                }
            }
        }
        return new TextShape(words, function, capitalised, endsLikeSentence(text, words), letters, unspaced);
    }

    /** Scripts written without spaces between words, where a "word" here is a whole clause. */
    private static boolean isUnspacedScript(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private static boolean isWordJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1)) && i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    /** Final punctuation of a sentence, possibly followed by closing quotes or brackets. */
    private static boolean endsLikeSentence(String text, int words) {
        int i = text.length() - 1;
        while (i >= 0 && (Folding.isSpace(text.charAt(i)) || "»”\"’')]*」』）".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = text.charAt(i);
        if (last == '.' || last == '!' || last == '?' || last == '…' || last == '。' || last == '！'
                || last == '？') {
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

    /**
     * The line's letters as many as they would be in a spaced script: a character of Chinese or Japanese says
     * about as much as a short word, not as one letter.
     */
    int weightedLetters() {
        return letters + (UNSPACED_LETTER_WEIGHT - 1) * unspacedLetters;
    }

    /** A short line without letters, or with one or two of them: markup debris such as "()", "x", "0". */
    boolean isResidue() {
        return letters <= 2;
    }
}
