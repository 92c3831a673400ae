package io.newstrace.core.model;

/**
 * Metadata that came with a document rather than from its text: JSON-lines fields, HTML meta tags.
 * Every field may be null.
 */
public record DocumentHints(String title, String url, String published, String outlet, String author, String language) {
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);
}
