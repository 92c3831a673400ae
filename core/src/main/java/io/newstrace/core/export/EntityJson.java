package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.Entity;

import java.io.IOException;

/** Writes a corpus entity as one line of {@code entities.jsonl}, export format v1, fields in a fixed order. */
public final class EntityJson {
    private EntityJson() {
    }

    public static void write(JsonGenerator json, Entity entity) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("type", entity.type().name());
        json.writeStringField("name", entity.name());
        JsonFields.writeStrings(json, "aliases", entity.aliases());
        json.writeArrayFieldStart("mentions");
        for (Entity.Mention mention : entity.mentions()) {
            json.writeStartObject();
            json.writeStringField("article", mention.article());
            json.writeNumberField("start", mention.span().start());
            json.writeNumberField("end", mention.span().end());
            if (mention.role()) {
                json.writeStringField("via", "role");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
