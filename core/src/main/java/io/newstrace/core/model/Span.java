package io.newstrace.core.model;

import java.io.Serializable;
import java.util.List;

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

    /** The index of the span of {@code spans} (sentences, paragraphs) that holds {@code offset}, or -1. */
    public static int indexHolding(List<Span> spans, int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).start <= offset && offset < spans.get(i).end) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the two ranges share a character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
