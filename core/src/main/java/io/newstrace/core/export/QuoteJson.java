package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.Quote;

import java.io.IOException;

/** Writes a quote as one line of {@code quotes.jsonl}, export format v1, fields in a fixed order. */
public final class QuoteJson {
    private QuoteJson() {
    }

    /**
     * @param id            the quote's id: the article id and the quote's rank in it
     * @param text          the quoted words, {@code raw.substring(start, end)}
     * @param speakerEntity the corpus entity the speaker was resolved to, or null
     */
    public static void write(JsonGenerator json, String id, String article, Quote quote, String text,
                             String speakerEntity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("article", article);
        json.writeNumberField("start", quote.span().start());
        json.writeNumberField("end", quote.span().end());
        json.writeStringField("text", text);
        json.writeStringField("kind", quote.kind().code());
        if (quote.speaker() == null) {
            json.writeNullField("speaker");
        } else {
            json.writeObjectFieldStart("speaker");
            json.writeStringField("name", quote.speaker().name());
            json.writeStringField("entity", speakerEntity);
            json.writeNumberField("start", quote.speaker().mention().start());
            json.writeNumberField("end", quote.speaker().mention().end());
            json.writeEndObject();
        }
        json.writeStringField("cue", quote.cue());
        json.writeNumberField("confidence", quote.confidence());
        json.writeEndObject();
    }
}
