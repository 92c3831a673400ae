package io.newstrace.core.model;

import java.io.Serializable;

/** A named entity found in an article: its span in {@code raw} and its type. */
public record EntityMention(Span span, EntityType type) implements Serializable {
}
