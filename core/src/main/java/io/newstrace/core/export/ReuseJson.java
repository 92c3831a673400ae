package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.Reuse;

import java.io.IOException;

/** Writes shared text as one line of {@code reuse.jsonl}, export format v1, fields in a fixed order. */
public final class ReuseJson {
    private ReuseJson() {
    }

    public static void write(JsonGenerator json, Reuse reuse) throws IOException {
        json.writeStartObject();
        json.writeStringField("a", reuse.a());
        json.writeStringField("b", reuse.b());
        json.writeStringField("kind", reuse.kind().label());
        json.writeNumberField("a_start", reuse.aSpan().start());
        json.writeNumberField("a_end", reuse.aSpan().end());
        json.writeNumberField("b_start", reuse.bSpan().start());
        json.writeNumberField("b_end", reuse.bSpan().end());
        json.writeNumberField("score", reuse.score());
        json.writeStringField("method", reuse.method());
        json.writeEndObject();
    }
}
