package io.newstrace.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The kinds of input files Newstrace reads, recognised by file extension or, failing that, by content. */
public enum InputFormat {
    TEXT("text"), JSONL("jsonl"), HTML("html"),
    /** The {@code articles.jsonl} of an earlier run into the same directory: its articles join the new run. */
    ARTICLES("articles"),
    /** A web archive ({@code .warc}, or {@code .warc.gz} compressed record by record): one document per HTML page. */
    WARC("warc");

    private static final byte[] WARC_START = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

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
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /** Guesses from the first bytes of a file whose name says nothing. */
    public static InputFormat sniff(byte[] head) {
        if (startsWith(head, WARC_START) || isGzip(head) && startsWith(gunzipStart(head), WARC_START)) {
            return WARC;
        }
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

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b;
    }

    /** The first bytes a gzip stream inflates to, from as much of it as {@code head} holds. */
    private static byte[] gunzipStart(byte[] head) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(WARC_START.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
