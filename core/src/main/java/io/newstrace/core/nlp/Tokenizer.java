package io.newstrace.core.nlp;

import io.newstrace.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Word and punctuation tokens of French and English text, as spans into the raw text. Words keep their inner
 * hyphens and apostrophes (aujourd'hui, peut-être, O'Brien) but a French elided article or pronoun is a token
 * of its own (l'|armée, qu'|il, d'|Abdoulaye), and so is an English possessive (Sinwar|'s). Numbers keep their decimal and thousands separators
 * (3.5, 100 000, 1,2). Everything else is one token per character.
 */
public final class Tokenizer {
    private static final String ELIDED = "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu";

    private Tokenizer() {
    }

    public static List<Span> tokens(String raw, Span range) {
        List<Span> tokens = new ArrayList<>();
        int i = range.start();
        int end = range.end();
        while (i < end) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isDigit(raw.charAt(j))
                        || isNumberJoiner(raw.charAt(j)) && j + 1 < end && Character.isDigit(raw.charAt(j + 1))
                        && (!Character.isSpaceChar(raw.charAt(j)) || thousandsGroup(raw, j + 1, end)))) {
                    j++;
                }
                tokens.add(new Span(i, j));
                i = j;
            } else if (isApostrophe(c) && isPossessive(raw, i, end)) {
                tokens.add(new Span(i, i + 2));
                i += 2;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < end && (Character.isLetterOrDigit(raw.charAt(j)) || isJoiner(raw, j, end))) {
                    if (isApostrophe(raw.charAt(j)) && isElision(raw.substring(i, j))) {
                        j++;
                        break;
                    }
                    if (isApostrophe(raw.charAt(j)) && isPossessive(raw, j, end)) {
                        break;
                    }
                    j++;
                }
                tokens.add(new Span(i, j));
                i = j;
            } else {
                tokens.add(new Span(i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static boolean isJoiner(String raw, int j, int end) {
        char c = raw.charAt(j);
        return (c == '-' || isApostrophe(c)) && j + 1 < end && Character.isLetter(raw.charAt(j + 1));
    }

    /** English "'s" ending a word (Sinwar's, the president's): a token of its own, as in CoNLL and Penn. */
    private static boolean isPossessive(String raw, int at, int end) {
        return at + 1 < end && (raw.charAt(at + 1) == 's' || raw.charAt(at + 1) == 'S') && at > 0
                && Character.isLetter(raw.charAt(at - 1)) && (at + 2 == end || !Character.isLetterOrDigit(raw.charAt(at + 2)));
    }

    /** The straight, curly and modifier-letter apostrophes that join an elided article or a possessive. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isElision(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return (" " + ELIDED + " ").contains(" " + lower + " ");
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** "100 000": a space inside a number only before a group of exactly three digits. */
    private static boolean thousandsGroup(String raw, int from, int end) {
        int digits = 0;
        while (from + digits < end && Character.isDigit(raw.charAt(from + digits))) {
            digits++;
        }
        return digits == 3;
    }
}
