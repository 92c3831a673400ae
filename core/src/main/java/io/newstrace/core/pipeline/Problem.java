package io.newstrace.core.pipeline;

import java.io.Serializable;

/**
 * Something wrong with one input, reported in {@code run.json} and on stderr.
 *
 * @param input   the file, {@code file:line} for JSON lines, or {@code -} for stdin
 * @param message what is wrong, for a person to read
 * @param error   true when the input was skipped, false for a warning
 */
public record Problem(String input, String message, boolean error) implements Serializable {
    @Override
    public String toString() {
        return (error ? "error: " : "warning: ") + input + ": " + message;
    }
}
