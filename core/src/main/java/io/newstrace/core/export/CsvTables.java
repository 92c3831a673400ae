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
 * record of the matching {@code .jsonl} file, the same values; list values are joined with {@code "; "}.
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
        out.printRecord(article.id(), article.input(), article.url(),
                article.outlet() == null ? null : article.outlet().name(), outletId,
                outletId == null ? null : stateAffiliated, article.title(), String.join("; ", article.authors()),
                article.published(), article.language(), article.paragraphs().size(), article.removed().size(),
                article.raw().length(), article.text());
    }

    public static void quote(CSVPrinter out, String id, String article, Quote quote, String text, String entity)
            throws IOException {
        out.printRecord(id, article, quote.kind().code(), quote.span().start(), quote.span().end(), text,
                quote.speaker() == null ? null : quote.speaker().name(), entity, quote.cue(), quote.confidence());
    }

    public static void entity(CSVPrinter out, Entity entity) throws IOException {
        long articles = entity.mentions().stream().map(Entity.Mention::article).distinct().count();
        out.printRecord(entity.id(), entity.type().name(), entity.name(), String.join("; ", entity.aliases()),
                articles, entity.mentions().size());
    }

    public static void source(CSVPrinter out, String article, CitedSource source) throws IOException {
        out.printRecord(article, source.name(), source.kind().code(), source.outlet(), source.span().start(),
                source.span().end(), source.evidence());
    }

    public static void reuse(CSVPrinter out, Reuse reuse) throws IOException {
        out.printRecord(reuse.a(), reuse.b(), reuse.kind().label(), reuse.aSpan().start(), reuse.aSpan().end(),
                reuse.bSpan().start(), reuse.bSpan().end(), reuse.score(), reuse.method());
    }
}
