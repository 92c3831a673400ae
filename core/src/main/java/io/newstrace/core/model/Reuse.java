package io.newstrace.core.model;

import java.util.Objects;

/**
 * Text shared by two articles: {@code aSpan} in article {@code a}'s raw text matches {@code bSpan} in article
 * {@code b}'s, with a score in [0, 1] and the method that found it. Pairs are in canonical order: {@code a < b}.
 */
public record Reuse(String a, String b, ReuseKind kind, Span aSpan, Span bSpan, double score, String method) {
    public Reuse {
        Objects.requireNonNull(kind);
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("reuse pair out of canonical order: " + a + ", " + b);
        }
    }

    /** The record for two articles given in any order, swapped into canonical order. */
    public static Reuse between(String first, Span firstSpan, String second, Span secondSpan, ReuseKind kind,
                                double score, String method) {
        return first.compareTo(second) < 0
                ? new Reuse(first, second, kind, firstSpan, secondSpan, score, method)
                : new Reuse(second, first, kind, secondSpan, firstSpan, score, method);
    }
}
