package io.newstrace.core.model;

import java.io.Serializable;

import java.util.List;

/**
 * One article-sized unit of input, before cleaning.
 *
 * @param id              caller-supplied id (JSON lines {@code id}) or null; the pipeline assigns the canonical one
 * @param input           where it came from: a path, {@code path:line} for JSON lines, {@code -} for stdin
 * @param format          the reader that produced it: {@code text}, {@code jsonl}, {@code html}
 * @param raw             the original text; every offset downstream points into it
 * @param hints           metadata that came with the document
 * @param outsideMainText parts of {@code raw} that an HTML page's markup puts outside its main text (navigation,
 *                        asides, share bars, what lies beside the article's container); empty for text inputs
 */
public record Document(String id, String input, String format, String raw, DocumentHints hints,
                       List<Span> outsideMainText) implements Serializable {
    public Document {
        outsideMainText = List.copyOf(outsideMainText);
    }

    /** A document whose markup, if any, says nothing about where its main text is. */
    public Document(String id, String input, String format, String raw, DocumentHints hints) {
        this(id, input, format, raw, hints, List.of());
    }
}
