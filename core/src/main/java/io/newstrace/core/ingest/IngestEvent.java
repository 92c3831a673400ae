package io.newstrace.core.ingest;

import java.io.Serializable;

import io.newstrace.core.model.Document;

/** What reading an input yields: documents, and problems named with the input they concern. */
public sealed interface IngestEvent extends Serializable {
    record Read(Document document) implements IngestEvent {
    }

    /** The input (or one line of it) could not be read; the run goes on without it. */
    record Failed(String input, String message) implements IngestEvent {
    }

    /** The input was read, with something the user should know (e.g. a guessed encoding). */
    record Warned(String input, String message) implements IngestEvent {
    }
}
