package io.newstrace.core.pipeline;

import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputSource;

import java.util.List;

/**
 * Runs the per-document work of an {@code analyze} run (reading, decoding, the corpus profile, {@link
 * Pipeline#outcome}) somewhere other than this process's threads, e.g. on a Spark cluster. {@link Pipeline#run}
 * keeps ids, duplicates, the corpus stages and the exports, so an engine changes where work runs, never results.
 */
public interface DistributedEngine extends AutoCloseable {
    /** How {@code run.json} names the engine ({@code config.engine}). */
    String name();

    /** The first pass: the profile of the sources' documents, an exact duplicate counted once (as the single-node pass). */
    CorpusProfile profile(List<InputSource> sources);

    /** The second pass: every read event of the sources, in input order, documents analysed by {@link Pipeline#outcome}. */
    void analyze(List<InputSource> sources, CorpusProfile profile, Sink sink);

    @Override
    void close();

    /** Takes the second pass's events in input order. */
    interface Sink {
        /** A failure or warning met while reading an input. */
        void problem(IngestEvent event);

        /** A document read from {@code sources.get(source)}, analysed. */
        void analysed(int source, Pipeline.Outcome outcome);
    }

    /** Opens an engine by name; found with {@link java.util.ServiceLoader} when its module is on the class path. */
    interface Provider {
        /** The name {@code analyze --engine} takes. */
        String name();

        /** @param master where to run, in the engine's own terms (Spark: {@code local[2]}, {@code spark://host:7077}) */
        DistributedEngine open(AnalyzeConfig config, String master);
    }
}
