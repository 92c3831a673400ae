package io.newstrace.core.model;

/** Site furniture taken out of the body, kept with the reason it was removed. */
public record RemovedSpan(Span span, RemovalReason reason) {
}
