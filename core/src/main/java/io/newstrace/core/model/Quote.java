package io.newstrace.core.model;

import java.io.Serializable;

/**
 * Words reported in an article. {@code span} covers the quoted words without the quotation marks (for an
 * indirect quote, the reported clause). {@code speaker} is null when the text does not say who spoke; {@code cue}
 * is the text that gave the speaker away (or the rule that found it), {@code confidence} in [0, 1].
 */
public record Quote(Span span, QuoteKind kind, Speaker speaker, String cue, double confidence) implements Serializable {
}
