package io.newstrace.core.model;

import java.io.Serializable;

/**
 * A source an article cites: its name as written, its kind, the outlet registry id it resolves to (null when
 * it is not a registered outlet), and the evidence: the span of the words that cite it and those words.
 */
public record CitedSource(String name, SourceKind kind, String outlet, Span span, String evidence) implements Serializable {
}
