package io.newstrace.core.model;

import java.io.Serializable;

import java.util.Locale;

/** A part of the page that was read as article metadata (headline, byline, date line) rather than body. */
public record MetadataSpan(Span span, Field field) implements Serializable {
    public enum Field {
        TITLE, BYLINE, PUBLISHED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
