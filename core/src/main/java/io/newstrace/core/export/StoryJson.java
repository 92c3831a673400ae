package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.Story;

import java.io.IOException;

/** Writes a story as one line of {@code stories.jsonl}, export format v1, fields in a fixed order. */
public final class StoryJson {
    private StoryJson() {
    }

    public static void write(JsonGenerator json, Story story) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("label", story.label());
        JsonFields.writeStrings(json, "articles", story.articles());
        json.writeStringField("first_seen", story.firstSeen());
        json.writeStringField("last_seen", story.lastSeen());
        json.writeEndObject();
    }
}
