package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Field writers shared by the JSON exports. */
final class JsonFields {
    private JsonFields() {
    }

    /** {@code "field": ["a", "b"]} */
    static void writeStrings(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
