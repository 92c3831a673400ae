package io.newstrace.core.model;

import java.io.Serializable;

/** Site furniture taken out of the body, kept with the reason it was removed. */
public record RemovedSpan(Span span, RemovalReason reason) implements Serializable {
}
