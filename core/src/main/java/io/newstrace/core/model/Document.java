package io.newstrace.core.model;

/**
 * One article-sized unit of input, before cleaning.
 *
 * @param id     caller-supplied id (JSON lines {@code id}) or null; the pipeline assigns the canonical one
 * @param input  where it came from: a path, {@code path:line} for JSON lines, {@code -} for stdin
 * @param format the reader that produced it: {@code text}, {@code jsonl}, {@code html}
 * @param raw    the original text; every offset downstream points into it
 * @param hints  metadata that came with the document
 */
public record Document(String id, String input, String format, String raw, DocumentHints hints) {
}
