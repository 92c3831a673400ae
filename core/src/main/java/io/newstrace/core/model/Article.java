package io.newstrace.core.model;

import java.io.Serializable;

import java.util.List;

/**
 * A cleaned article: metadata, body paragraphs and removed parts, all as spans into {@code raw}.
 * Paragraphs, removed spans and metadata spans do not overlap and together cover every
 * non-whitespace character of {@code raw}.
 */
public record Article(
        String id,
        String input,
        String url,
        Outlet outlet,
        String title,
        List<String> authors,
        String published,
        String publishedEvidence,
        String language,
        String raw,
        List<Span> paragraphs,
        List<RemovedSpan> removed,
        List<MetadataSpan> metadata) implements Serializable {

    public Article {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        metadata = List.copyOf(metadata);
    }

    /** The clean body: paragraphs joined by blank lines. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Span paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(raw, paragraph.start(), paragraph.end());
        }
        return text.toString();
    }

    public Article withLanguage(String detected) {
        return new Article(id, input, url, outlet, title, authors, published, publishedEvidence, detected, raw,
                paragraphs, removed, metadata);
    }
}
