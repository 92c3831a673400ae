package io.newstrace.core.ingest;

import java.io.Serializable;

/**
 * The bounds reading keeps to whatever an input holds, so that memory and time stay bounded on hostile files.
 *
 * @param maxDocumentBytes     a file, JSON line or captured page (content encoding undone) larger than this is refused
 * @param maxDecompressedBytes a web-archive record whose block expands beyond this (a decompression bomb) is skipped
 *                             without expanding it
 * @param maxHtmlDepth         HTML elements nested deeper than this are flattened into their ancestor at that depth
 *                             (jsoup's own guard), and the page is reported; it also bounds the recursion of
 *                             {@link MainContent}
 */
public record InputLimits(long maxDocumentBytes, long maxDecompressedBytes, int maxHtmlDepth) implements Serializable {
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 64L * 1024 * 1024;
    /** jsoup's default, and browsers' (WebKit caps nesting at 512 as well). */
    public static final int DEFAULT_MAX_HTML_DEPTH = 512;
    /** Deeper trees would let the recursive main-text search overflow a worker thread's stack. */
    public static final int HIGHEST_MAX_HTML_DEPTH = 4096;
    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_DOCUMENT_BYTES,
            DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_HTML_DEPTH);

    public InputLimits {
        if (maxDocumentBytes < 1 || maxDecompressedBytes < 1) {
            throw new IllegalArgumentException("byte limits must be positive");
        }
        if (maxHtmlDepth < 16 || maxHtmlDepth > HIGHEST_MAX_HTML_DEPTH) {
            throw new IllegalArgumentException("the HTML depth limit must be between 16 and " + HIGHEST_MAX_HTML_DEPTH);
        }
    }

    public InputLimits withMaxDocumentBytes(long bytes) {
        return new InputLimits(bytes, maxDecompressedBytes, maxHtmlDepth);
    }
}
