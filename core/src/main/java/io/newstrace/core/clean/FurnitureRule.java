package io.newstrace.core.clean;

import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.text.Folding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a {@code furniture.tsv} table: a pattern that marks a line as site furniture. */
record FurnitureRule(RemovalReason reason, Zone zone, int maxWords, int minHits, Pattern pattern,
                     boolean caseSensitive, Prefilter prefilter) {

    /** What a matching line does to the lines after it. */
    enum Zone {
        /** Nothing: only the line itself is furniture. */
        LINE,
        /** Once the article has begun, everything to the end of the page is furniture (comments, footers). */
        TO_END,
        /** The following lines are furniture until the next paragraph of prose (lists of related links). */
        UNTIL_PROSE
    }

    static FurnitureRule parse(String row, String origin) {
        String[] cells = row.split("\t");
        if (cells.length != 5) {
            throw new IllegalArgumentException(origin + ": expected 5 tab-separated cells in: " + row);
        }
        Zone zone = switch (cells[1]) {
            case "-" -> Zone.LINE;
            case "to_end" -> Zone.TO_END;
            case "until_prose" -> Zone.UNTIL_PROSE;
            default -> throw new IllegalArgumentException(origin + ": unknown zone " + cells[1]);
        };
        // Patterns are matched against accent-folded text, so they are folded too. They are written in lower case
        // and matched against the lower-cased line, which is much faster than a case-insensitive match; only those
        // that test letter case ((?-i:\p{Lu})) see the line as written.
        String regex = Folding.stripAccents(cells[4]);
        boolean caseSensitive = regex.contains("\\p{Lu}");
        Pattern pattern = caseSensitive
                ? Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : Pattern.compile(regex);
        return new FurnitureRule(RemovalReason.valueOf(cells[0].toUpperCase(Locale.ROOT)), zone,
                Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), pattern, caseSensitive,
                Prefilter.of(regex));
    }

    /**
     * Whether the rule applies to a line, given in its {@link Folding#matchForm} (case kept), the same in lower
     * case, and its word count.
     */
    boolean matches(String folded, String foldedLower, int words) {
        if (maxWords > 0 && words > maxWords) {
            return false;
        }
        if (!prefilter.admits(foldedLower)) {
            return false;
        }
        Matcher matcher = pattern.matcher(caseSensitive ? folded : foldedLower);
        if (prefilter.anchored()) {
            // One attempt at the start of the line, where find() would try every position.
            return minHits <= 1 && matcher.lookingAt();
        }
        int hits = 0;
        while (hits < minHits && matcher.find()) {
            hits++;
        }
        return hits >= minHits;
    }
}
