package io.newstrace.core.clean;

import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a page dump, trimmed of white space (no-break spaces included): the unit the cleaner
 * classifies. {@code text} is exactly {@code raw.substring(start, end)}.
 */
record Line(int index, int start, int end, String text) {

    Span span() {
        return new Span(start, end);
    }

    /** Splits on \n, \r\n and \r and drops lines that hold only white space. */
    static List<Line> split(String raw) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        int length = raw.length();
        for (int i = 0; i <= length; i++) {
            boolean atEnd = i == length;
            char c = atEnd ? '\n' : raw.charAt(i);
            if (c == '\n' || c == '\r') {
                addTrimmed(raw, lineStart, i, lines);
                if (c == '\r' && i + 1 < length && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static void addTrimmed(String raw, int from, int to, List<Line> lines) {
        int start = from;
        int end = to;
        while (start < end && Folding.isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Folding.isSpace(raw.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            lines.add(new Line(lines.size(), start, end, raw.substring(start, end)));
        }
    }
}
