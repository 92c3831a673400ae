package io.newstrace.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.RemovalReason;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one input file into documents: a text dump or an HTML page is one document, a JSON-lines file one
 * document per non-blank line, a web archive one document per captured HTML page. Every problem becomes an
 * {@link IngestEvent.Failed} naming the input (and the line for JSON lines, the record's offset for web archives);
 * reading goes on with the next line, record or file.
 */
public final class DocumentReader {
    /** One object per line: anything after it (a lost line break joining two records) is an error, not dropped. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InputLimits limits;
    private final long maxDocumentBytes;

    public DocumentReader(InputLimits limits) {
        this.limits = limits;
        this.maxDocumentBytes = limits.maxDocumentBytes();
    }

    public void read(InputSource source, Consumer<IngestEvent> sink) {
        try {
            switch (source.format()) {
                case TEXT -> readWhole(source, sink, false);
                case HTML -> readWhole(source, sink, true);
                case JSONL, ARTICLES -> readJsonLines(source, sink);
                case WARC -> readWarc(source, sink);
                default -> throw new IllegalStateException("unhandled format " + source.format());
            }
        } catch (IOException e) {
            sink.accept(new IngestEvent.Failed(source.name(), "cannot read: " + e.getMessage()));
        }
    }

    private void readWhole(InputSource source, Consumer<IngestEvent> sink, boolean html) throws IOException {
        long size = Files.size(source.path());
        if (size > maxDocumentBytes) {
            sink.accept(new IngestEvent.Failed(source.name(),
                    "too large: " + size + " bytes, the limit is " + maxDocumentBytes));
            return;
        }
        readWhole(source.name(), html, Files.readAllBytes(source.path()), sink);
    }

    /**
     * Reads the bytes of one text dump or HTML page as if they were a file named {@code input}: what a caller that
     * holds pages in memory (a compressed benchmark, say) uses to take exactly the path {@code analyze} takes.
     */
    public void readWhole(String input, boolean html, byte[] bytes, Consumer<IngestEvent> sink) {
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (TextDecoder.NotTextException e) {
            sink.accept(new IngestEvent.Failed(input, e.getMessage()));
            return;
        }
        if (decoded.warning() != null) {
            sink.accept(new IngestEvent.Warned(input, decoded.warning()));
        }
        emit(input, html ? InputFormat.HTML : InputFormat.TEXT, null, decoded.text(), DocumentHints.NONE, sink);
    }

    /** Each page goes the way of an HTML file, with the address it was captured from as its URL. */
    private void readWarc(InputSource source, Consumer<IngestEvent> sink) throws IOException {
        WarcPages.read(source, limits, page -> {
            TextDecoder.Decoded decoded;
            try {
                decoded = TextDecoder.decode(page.html(), page.declaredCharset());
            } catch (TextDecoder.NotTextException e) {
                sink.accept(new IngestEvent.Failed(page.input(), e.getMessage()));
                return;
            }
            if (decoded.warning() != null) {
                sink.accept(new IngestEvent.Warned(page.input(), decoded.warning()));
            }
            emit(page.input(), InputFormat.HTML, null, decoded.text(),
                    new DocumentHints(null, page.url(), null, null, null, null, page.captured()), sink);
        }, sink);
    }

    private void emit(String input, InputFormat format, String id, String content, DocumentHints hints,
                      Consumer<IngestEvent> sink) {
        String raw = content;
        DocumentHints allHints = hints;
        List<Span> outsideMainText = List.of();
        if (format == InputFormat.HTML) {
            HtmlText.Rendered rendered = HtmlText.render(content, limits.maxHtmlDepth());
            if (rendered.flattened()) {
                sink.accept(new IngestEvent.Warned(input, "HTML nested deeper than " + limits.maxHtmlDepth()
                        + " elements; the deeper elements were read as if at that depth"));
            }
            raw = rendered.text();
            allHints = merge(hints, rendered.hints());
            outsideMainText = rendered.outsideMainText();
        }
        if (Folding.isBlank(raw)) {
            sink.accept(new IngestEvent.Failed(input, format == InputFormat.HTML
                    ? "no visible text in the HTML" : "no text (only white space)"));
            return;
        }
        sink.accept(new IngestEvent.Read(new Document(id, input, format.code(), raw, allHints, outsideMainText)));
    }

    /** Fields given explicitly by the caller win over those read from the page. */
    private static DocumentHints merge(DocumentHints given, DocumentHints page) {
        return new DocumentHints(
                firstNonNull(given.title(), page.title()),
                firstNonNull(given.url(), page.url()),
                firstNonNull(given.published(), page.published()),
                firstNonNull(given.outlet(), page.outlet()),
                firstNonNull(given.author(), page.author()),
                firstNonNull(given.language(), page.language()),
                firstNonNull(given.captured(), page.captured()));
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private void readJsonLines(InputSource source, Consumer<IngestEvent> sink) throws IOException {
        boolean articles = source.format() == InputFormat.ARTICLES;
        // An exported article line holds its raw text, its clean text and spans: up to about three times the raw.
        long maxLineBytes = articles ? 3 * maxDocumentBytes : maxDocumentBytes;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source.path()), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int lineNumber = 1;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    readJsonLine(source.name(), lineNumber, line.toByteArray(), tooLong, articles, sink);
                    line.reset();
                    tooLong = false;
                    lineNumber++;
                } else if (line.size() < maxLineBytes) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (line.size() > 0 || tooLong) {
                readJsonLine(source.name(), lineNumber, line.toByteArray(), tooLong, articles, sink);
            }
        }
    }

    private void readJsonLine(String file, int lineNumber, byte[] bytes, boolean tooLong, boolean article,
                              Consumer<IngestEvent> sink) {
        String input = file + ":" + lineNumber;
        if (tooLong) {
            sink.accept(new IngestEvent.Failed(input, "line longer than " + maxDocumentBytes + " bytes"));
            return;
        }
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int offset = lineNumber == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length - offset)).toString();
        } catch (CharacterCodingException e) {
            sink.accept(new IngestEvent.Failed(input, "invalid UTF-8 (JSON lines must be UTF-8)"));
            return;
        }
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.accept(new IngestEvent.Failed(input, "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.accept(new IngestEvent.Failed(input, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
            return;
        }
        if (article) {
            readPreviousArticle(input, node, sink);
            return;
        }
        try {
            String text = stringField(node, "text");
            String html = stringField(node, "html");
            if (text == null && html == null) {
                boolean present = node.hasNonNull("text") || node.hasNonNull("html");
                sink.accept(new IngestEvent.Failed(input, present ? "\"text\" and \"html\" hold only white space"
                        : "no \"text\" or \"html\" field"));
                return;
            }
            DocumentHints hints = new DocumentHints(stringField(node, "title"), stringField(node, "url"),
                    stringField(node, "published"), stringField(node, "outlet"), stringField(node, "author"),
                    stringField(node, "language"));
            String id = idField(node);
            if (text != null) {
                emit(input, InputFormat.JSONL, id, text, hints, sink);
            } else {
                emit(input, InputFormat.HTML, id, html, hints, sink);
            }
        } catch (IllegalArgumentException e) {
            sink.accept(new IngestEvent.Failed(input, e.getMessage()));
        }
    }

    /**
     * An article exported by an earlier run, back as the document it was made from: its id, input, raw text (already
     * rendered, for HTML) and the format and hints it came with, so that it is analysed exactly as then.
     */
    private static void readPreviousArticle(String input, JsonNode node, Consumer<IngestEvent> sink) {
        try {
            String id = stringField(node, "id");
            String raw = node.path("raw").isTextual() ? node.get("raw").asText() : null;
            if (id == null || raw == null || Folding.isBlank(raw)) {
                sink.accept(new IngestEvent.Failed(input, "not an article of an earlier run (no \"id\" or \"raw\")"));
                return;
            }
            JsonNode ingest = node.path("ingest");
            JsonNode hints = ingest.path("hints");
            String format = ingest.path("format").isTextual() ? ingest.get("format").asText() : InputFormat.TEXT.code();
            sink.accept(new IngestEvent.Read(new Document(id, firstNonNull(stringField(node, "input"), input), format,
                    raw, new DocumentHints(stringField(hints, "title"), stringField(hints, "url"),
                    stringField(hints, "published"), stringField(hints, "outlet"), stringField(hints, "author"),
                    stringField(hints, "language"), stringField(hints, "captured")), outsideMainText(node))));
        } catch (IllegalArgumentException e) {
            sink.accept(new IngestEvent.Failed(input, e.getMessage()));
        }
    }

    /**
     * What the page's markup put outside its main text, back from the spans removed for that reason: the cleaner then
     * decides as it did when the page itself was read.
     */
    private static List<Span> outsideMainText(JsonNode article) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode removed : article.path("removed")) {
            if (RemovalReason.BOILERPLATE_MARKUP.code().equals(removed.path("reason").asText())) {
                spans.add(new Span(removed.path("start").asInt(), removed.path("end").asInt()));
            }
        }
        return spans;
    }

    private static String stringField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, found "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** Ids may be strings or integers; they must be usable in file names and URLs. */
    private static String idField(JsonNode node) {
        JsonNode value = node.get("id");
        if (value == null || value.isNull()) {
            return null;
        }
        String id = value.isIntegralNumber() ? value.asText() : stringField(node, "id");
        if (id != null && !id.matches("[A-Za-z0-9._:-]{1,128}")) {
            throw new IllegalArgumentException("field \"id\" must be 1 to 128 characters of A-Z a-z 0-9 . _ : -");
        }
        return id;
    }
}
