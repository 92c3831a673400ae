package io.newstrace.core.export;

import io.newstrace.core.model.Article;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.model.Entity;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Reuse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The spreadsheet view of the exports: RFC 4180 CSV (comma, double quotes, CRLF), UTF-8 with a byte-order mark
 * so that Excel reads the accents right (LibreOffice and pandas' {@code utf-8-sig} take it too). One row per
 * record of the matching {@code .jsonl} file, the same values; list values are joined with {@code "; "}. Text is
 * made safe for spreadsheets: a control character (other than tab and line breaks) becomes U+FFFD, and a cell that
 * starts like a formula ({@code = + - @}) gets a leading apostrophe, so that text from a page never runs as a formula.
 */
public final class CsvTables {
    public static final List<String> ARTICLES = List.of("id", "input", "url", "outlet", "outlet_registry",
            "state_affiliated", "title", "authors", "published", "language", "paragraphs", "removed", "characters",
            "text");
    public static final List<String> QUOTES = List.of("id", "article", "kind", "start", "end", "text", "speaker",
            "speaker_entity", "cue", "confidence");
    public static final List<String> ENTITIES = List.of("id", "type", "name", "aliases", "articles", "mentions");
    public static final List<String> SOURCES = List.of("article", "name", "kind", "outlet", "start", "end",
            "evidence");
    public static final List<String> REUSE = List.of("a", "b", "kind", "a_start", "a_end", "b_start", "b_end",
            "score", "method");

    private CsvTables() {
    }

    /** A printer that has written the byte-order mark and the header row. */
    public static CSVPrinter open(Writer out, List<String> header) throws IOException {
        out.write('\uFEFF');
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    public static void article(CSVPrinter out, Article article, String outletId, boolean stateAffiliated)
            throws IOException {
        row(out, article.id(), article.input(), article.url(),
                article.outlet() == null ? null : article.outlet().name(), outletId,
                outletId == null ? null : stateAffiliated, article.title(), String.join("; ", article.authors()),
                article.published(), article.language(), article.paragraphs().size(), article.removed().size(),
                article.raw().length(), article.text());
    }

    public static void quote(CSVPrinter out, String id, String article, Quote quote, String text, String entity)
            throws IOException {
        row(out, id, article, quote.kind().code(), quote.span().start(), quote.span().end(), text,
                quote.speaker() == null ? null : quote.speaker().name(), entity, quote.cue(), quote.confidence());
    }

    public static void entity(CSVPrinter out, Entity entity) throws IOException {
        long articles = entity.mentions().stream().map(Entity.Mention::article).distinct().count();
        row(out, entity.id(), entity.type().name(), entity.name(), String.join("; ", entity.aliases()),
                articles, entity.mentions().size());
    }

    public static void source(CSVPrinter out, String article, CitedSource source) throws IOException {
        row(out, article, source.name(), source.kind().code(), source.outlet(), source.span().start(),
                source.span().end(), source.evidence());
    }

    private static void row(CSVPrinter out, Object... cells) throws IOException {
        for (Object cell : cells) {
            out.print(cell instanceof String text ? spreadsheetSafe(text) : cell);
        }
        out.println();
    }

    /** The text as a cell: no control characters that break readers, nothing a spreadsheet would evaluate. */
    static String spreadsheetSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                if (safe == null) {
                    safe = new StringBuilder(text);
                }
                safe.setCharAt(i, '\uFFFD');
            }
        }
        String cell = safe == null ? text : safe.toString();
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    public static void reuse(CSVPrinter out, Reuse reuse) throws IOException {
        row(out, reuse.a(), reuse.b(), reuse.kind().label(), reuse.aSpan().start(), reuse.aSpan().end(),
                reuse.bSpan().start(), reuse.bSpan().end(), reuse.score(), reuse.method());
    }
}
