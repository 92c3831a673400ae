package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author credits: "Par Julie Peh", "By Jane Doe and John Roe, Reuters", a bare "Casimir Vodjo" under a
 * headline. A credit that names no person ("Par panorama papers", "By Reuters Staff") is a desk credit: it
 * says something about the outlet, not the author.
 */
final class Bylines {
    /** Authors named by a credit line, or the desk it names when it names no person. */
    record Byline(List<String> authors, String desk) {
    }

    private static final int MAX_WORDS = 14;
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*(?:[,;|(/]|\\s[-–—]\\s)\\s*");
    private static final Pattern NAME_JOINER = Pattern.compile("\\s+(?:et|and|&)\\s+", Pattern.CASE_INSENSITIVE);

    private final CleanVocabulary vocabulary;

    Bylines(CleanVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A credit introduced by a byline word ("Par", "By"), if the line is one. */
    Optional<Byline> prefixed(String text, TextShape shape) {
        String line = Folding.plainSpaces(text);
        if (shape.words() > MAX_WORDS || shape.endsSentence() && !endsWithInitial(line)) {
            return Optional.empty();
        }
        String comparable = Folding.stripAccents(line);
        Matcher prefix = vocabulary.bylinePrefix.matcher(comparable);
        if (!prefix.find() || prefix.end() == 0) {
            return Optional.empty();
        }
        // Accent stripping keeps the length of precomposed text; otherwise read the names from the folded copy.
        String rest = (comparable.length() == line.length() ? line : comparable).substring(prefix.end()).strip();
        List<String> authors = names(rest);
        if (!authors.isEmpty()) {
            return Optional.of(new Byline(authors, null));
        }
        String desk = SEGMENT_BREAK.split(rest, 2)[0].strip();
        TextShape deskShape = TextShape.of(desk, vocabulary.functionWords);
        boolean creditLike = deskShape.words() >= 1 && deskShape.words() <= 5 && deskShape.functionRatio() <= 0.34
                && !vocabulary.functionWords.contains(Folding.lowerMatchForm(firstWord(desk)));
        return creditLike ? Optional.of(new Byline(List.of(), desk)) : Optional.empty();
    }

    /** A line that is nothing but one or more person names ("Casimir Vodjo", "Jane Doe and John Roe"). */
    Optional<Byline> bare(String text, TextShape shape) {
        String line = Folding.plainSpaces(text).strip();
        if (shape.words() > MAX_WORDS || shape.endsSentence() && !endsWithInitial(line)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String segment : SEGMENT_BREAK.split(line)) {
            for (String part : NAME_JOINER.split(segment.strip())) {
                if (!isPersonName(part.strip())) {
                    return Optional.empty();
                }
                parts.add(part.strip());
            }
        }
        return Optional.of(new Byline(List.copyOf(parts), null));
    }

    /** Person names at the start of a credit, up to the first segment that is not one (a role, a place). */
    private List<String> names(String credit) {
        List<String> authors = new ArrayList<>();
        for (String segment : SEGMENT_BREAK.split(credit)) {
            boolean segmentHadName = false;
            for (String part : NAME_JOINER.split(segment.strip())) {
                if (isPersonName(part.strip())) {
                    authors.add(part.strip());
                    segmentHadName = true;
                } else {
                    return authors;
                }
            }
            if (!segmentHadName) {
                return authors;
            }
        }
        return authors;
    }

    /**
     * Two to five tokens, each a capitalised word, an initial or a name particle (de, van, ould...), starting
     * with a capitalised word that is not a function word ("Le Mali" is not a name).
     */
    boolean isPersonName(String text) {
        String[] tokens = text.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        if (vocabulary.functionWords.contains(Folding.lowerMatchForm(tokens[0]))) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (isCapitalisedWord(token)) {
                capitalised++;
            } else if (!isInitial(token) && (i == 0 || !vocabulary.nameParticles.contains(
                    Folding.lowerMatchForm(token)))) {
                return false;
            }
        }
        return capitalised >= 2 || capitalised >= 1 && isInitial(tokens[0]);
    }

    private static boolean isCapitalisedWord(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitial(String token) {
        return token.matches("(?:\\p{Lu}\\.-?){1,3}");
    }

    private static boolean endsWithInitial(String line) {
        return line.matches(".*\\s\\p{Lu}\\.$");
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
    }
}
