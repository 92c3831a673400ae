package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.Span;

import java.io.IOException;
import java.util.List;

/**
 * Writes an article as one line of {@code articles.jsonl}, export format v1 (docs/EXPORT_FORMAT.md). Fields are
 * written in a fixed order so that two runs give identical bytes.
 */
public final class ArticleJson {
    private ArticleJson() {
    }

    /**
     * @param paragraphLanguages the language of each paragraph, null where it was too short to tell; a
     *                           paragraph's {@code language} field is written only where it differs from the
     *                           article's
     * @param outletId           the registry id of the article's outlet, or null
     * @param document           the document the article was made from (its format and hints are written, so
     *                           that a later run into the same directory can analyse it again)
     */
    public static void write(JsonGenerator json, Article article, List<String> paragraphLanguages, String outletId,
                             Document document) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("input", article.input());
        json.writeStringField("url", article.url());
        if (article.outlet() == null) {
            json.writeNullField("outlet");
        } else {
            json.writeObjectFieldStart("outlet");
            json.writeStringField("name", article.outlet().name());
            json.writeStringField("domain", article.outlet().domain());
            json.writeStringField("evidence", article.outlet().evidence());
            json.writeStringField("registry", outletId);
            json.writeEndObject();
        }
        json.writeStringField("title", article.title());
        JsonFields.writeStrings(json, "authors", article.authors());
        json.writeStringField("published", article.published());
        json.writeStringField("published_evidence", article.publishedEvidence());
        json.writeStringField("language", article.language());
        json.writeStringField("raw", article.raw());
        json.writeArrayFieldStart("paragraphs");
        for (int i = 0; i < article.paragraphs().size(); i++) {
            Span paragraph = article.paragraphs().get(i);
            json.writeStartObject();
            json.writeNumberField("start", paragraph.start());
            json.writeNumberField("end", paragraph.end());
            String language = paragraphLanguages.get(i);
            if (language != null && !language.equals(article.language())) {
                json.writeStringField("language", language);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("removed");
        for (RemovedSpan removed : article.removed()) {
            json.writeStartObject();
            json.writeNumberField("start", removed.span().start());
            json.writeNumberField("end", removed.span().end());
            json.writeStringField("reason", removed.reason().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("metadata_spans");
        for (MetadataSpan span : article.metadata()) {
            json.writeStartObject();
            json.writeNumberField("start", span.span().start());
            json.writeNumberField("end", span.span().end());
            json.writeStringField("field", span.field().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("ingest");
        json.writeStringField("format", document.format());
        json.writeObjectFieldStart("hints");
        DocumentHints hints = document.hints();
        writeIfPresent(json, "title", hints.title());
        writeIfPresent(json, "url", hints.url());
        writeIfPresent(json, "published", hints.published());
        writeIfPresent(json, "outlet", hints.outlet());
        writeIfPresent(json, "author", hints.author());
        writeIfPresent(json, "language", hints.language());
        writeIfPresent(json, "captured", hints.captured());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
