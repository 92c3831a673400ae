package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.CitedSource;

import java.io.IOException;

/** Writes a cited source as one line of {@code sources.jsonl}, export format v1, fields in a fixed order. */
public final class SourceJson {
    private SourceJson() {
    }

    public static void write(JsonGenerator json, String article, CitedSource source) throws IOException {
        json.writeStartObject();
        json.writeStringField("article", article);
        json.writeStringField("name", source.name());
        json.writeStringField("kind", source.kind().code());
        json.writeStringField("outlet", source.outlet());
        json.writeNumberField("start", source.span().start());
        json.writeNumberField("end", source.span().end());
        json.writeStringField("evidence", source.evidence());
        json.writeEndObject();
    }
}
