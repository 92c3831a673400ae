package io.newstrace.core.model;

import java.io.Serializable;

/** A half-open character range [start, end) into an article's original {@code raw} text. */
public record Span(int start, int end) implements Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String raw) {
        return raw.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    /** Whether the two ranges share a character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
