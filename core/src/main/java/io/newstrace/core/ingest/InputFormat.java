package io.newstrace.core.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input files Newstrace reads, recognised by file extension or, failing that, by content. */
public enum InputFormat {
    TEXT("text"), JSONL("jsonl"), HTML("html"),
    /** The {@code articles.jsonl} of an earlier run into the same directory: its articles join the new run. */
    ARTICLES("articles");

    private final String code;

    InputFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InputFormat> byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** Guesses from the first bytes of a file whose name says nothing. */
    public static InputFormat sniff(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        start = start.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")) {
            return HTML;
        }
        return TEXT;
    }
}
