package io.newstrace.core.model;

import java.io.Serializable;

/**
 * Who said a quote: the name as resolved in the article (a full person name when the text gives one, else the
 * phrase that designates the speaker, e.g. an institution) and the span of the mention the name was read from.
 */
public record Speaker(String name, Span mention) implements Serializable {
}
