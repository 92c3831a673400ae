package io.newstrace.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap test that rejects most lines before a furniture pattern runs. It is read off the pattern itself: when
 * every match must start with (or, unanchored, contain) one of a few literal words, a line without any of them
 * cannot match. Most lines of a page are prose that no rule matches, and a regex search over a whole paragraph
 * for a dozen alternatives costs far more than a few {@code String.contains}.
 */
record Prefilter(boolean anchored, List<String> literals, boolean wordStart) {
    private static final String META = "()[]{}.^$|?*+\\";

    /** Whether the lower-cased, {@link io.newstrace.core.text.Folding#matchForm folded} line may match. */
    boolean admits(String foldedLower) {
        if (literals.isEmpty()) {
            return true;
        }
        for (String literal : literals) {
            if (anchored ? foldedLower.startsWith(literal) : containsAt(foldedLower, literal)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line contains the literal, at the start of a word when the pattern says so ("our", not "four"). */
    private boolean containsAt(String line, String literal) {
        int at = line.indexOf(literal);
        while (wordStart && at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
            at = line.indexOf(literal, at + 1);
        }
        return at >= 0;
    }

    /**
     * The prefilter of a pattern, or one that admits every line when the pattern has no usable literal. It is
     * anchored when every match starts at the start of the line.
     */
    static Prefilter of(String regex) {
        boolean anchored = regex.startsWith("^") && topLevelAlternatives(regex).size() == 1;
        Prefilter none = new Prefilter(anchored, List.of(), false);
        int at = anchored ? 1 : 0;
        boolean wordStart = regex.startsWith("\\b", at);
        if (wordStart) {
            at += 2;
        }
        List<String> alternatives;
        if (regex.startsWith("(?:", at) || (regex.startsWith("(", at) && !regex.startsWith("(?", at))) {
            int open = at;
            int close = closingParen(regex, open);
            if (close < 0 || optional(regex, close + 1)) {
                return none;
            }
            alternatives = topLevelAlternatives(regex.substring(regex.startsWith("(?:", at) ? open + 3 : open + 1,
                    close));
        } else {
            String rest = regex.substring(at);
            if (topLevelAlternatives(rest).size() > 1) {
                return none;
            }
            alternatives = List.of(rest);
        }
        List<String> literals = new ArrayList<>();
        for (String alternative : alternatives) {
            String literal = literalPrefix(alternative);
            if (literal.isEmpty()) {
                return none;
            }
            literals.add(literal.toLowerCase(Locale.ROOT));
        }
        return new Prefilter(anchored, List.copyOf(literals), wordStart && literals.stream()
                .allMatch(literal -> Character.isLetterOrDigit(literal.charAt(0))));
    }

    /** The literal text every match of the alternative starts with (possibly empty). */
    private static String literalPrefix(String alternative) {
        StringBuilder literal = new StringBuilder();
        int i = alternative.startsWith("\\b") ? 2 : 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            if (c == '\\' && i + 1 < alternative.length() && !Character.isLetterOrDigit(alternative.charAt(i + 1))) {
                literal.append(alternative.charAt(i + 1));
                i += 2;
            } else if (c == '?' || c == '*' || c == '{') {
                // The character before the quantifier may be absent.
                literal.setLength(Math.max(0, literal.length() - 1));
                break;
            } else if (META.indexOf(c) >= 0) {
                break;
            } else {
                literal.append(c);
                i++;
            }
        }
        return literal.toString();
    }

    private static boolean optional(String regex, int at) {
        return at < regex.length() && "?*{".indexOf(regex.charAt(at)) >= 0;
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = regex.indexOf(']', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = regex.indexOf(']', i + 1);
                i = end < 0 ? regex.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
