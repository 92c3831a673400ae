package io.newstrace.core.clean;

import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.text.Folding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of a {@code furniture.tsv} table: a pattern that marks a line as site furniture. */
record FurnitureRule(RemovalReason reason, Zone zone, int maxWords, int minHits, Pattern pattern) {

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
        // Patterns are matched against accent-folded text, so they are folded too.
        Pattern pattern = Pattern.compile(Folding.stripAccents(cells[4]),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new FurnitureRule(RemovalReason.valueOf(cells[0].toUpperCase(Locale.ROOT)), zone,
                Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), pattern);
    }

    /** Whether the rule applies to a line, given in its {@link Folding#matchForm} (case kept) and its word count. */
    boolean matches(String folded, int words) {
        if (maxWords > 0 && words > maxWords) {
            return false;
        }
        Matcher matcher = pattern.matcher(folded);
        int hits = 0;
        while (hits < minHits && matcher.find()) {
            hits++;
        }
        return hits >= minHits;
    }
}
