package io.newstrace.core.model;

import java.io.Serializable;

/**
 * Metadata that came with a document rather than from its text: JSON-lines fields, HTML meta tags, the capture
 * date of a web-archive record. Every field may be null.
 *
 * @param captured when the page was fetched (a WARC record's date): the latest it can have been published
 */
public record DocumentHints(String title, String url, String published, String outlet, String author, String language,
                            String captured) implements Serializable {
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);

    /** Hints of a document that was not captured from the web by an archive. */
    public DocumentHints(String title, String url, String published, String outlet, String author, String language) {
        this(title, url, published, outlet, author, language, null);
    }
}
