package io.newstrace.core.pipeline;

/** Hears about a run as it goes: the CLI draws a progress bar with it. All methods are called on one thread. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** The first pass counted this many documents to analyse. */
    default void started(long documents) {
    }

    /** This many documents are done (analysed, duplicate or failed) since the start. */
    default void progressed(long done) {
    }

    /** An input could not be read, or was read with a warning. */
    default void problem(Problem problem) {
    }
}
