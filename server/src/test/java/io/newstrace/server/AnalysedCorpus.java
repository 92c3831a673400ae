package io.newstrace.server;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.store.Store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A store analysed once per test run from real inputs, as {@code newstrace analyze} writes it. */
final class AnalysedCorpus {
    static final OutletRegistry REGISTRY = OutletRegistry.bundled();
    /** The bundled sample corpus. */
    static final Path SAMPLES = Path.of("..", "samples", "mali-russia");
    /** The samples' articles and identifiers used across the tests. */
    static final String RT_ARTICLE = "0df9a7df787939c0";
    static final String SPUTNIK_INTERVIEW = "8d149e9ceaf0d761";
    static final String SAME_STATEMENT_ELSEWHERE = "e5e31833b2fe8e1e";

    private static Store samples;

    private AnalysedCorpus() {
    }

    /** The store of the sample corpus, analysed on first use and shared by the tests of this module. */
    static synchronized Store samples() {
        if (samples == null) {
            samples = analyse(List.of(SAMPLES.toString()));
        }
        return samples;
    }

    /** Analyses the inputs into a fresh temporary directory and opens its store. */
    static Store analyse(List<String> inputs) {
        Path out = run(inputs);
        Store store = Store.open(out);
        store.importRun(out, REGISTRY);
        return store;
    }

    /** Analyses the inputs into a fresh temporary directory, the run's files only. */
    static Path run(List<String> inputs) {
        try {
            Path out = Files.createTempDirectory("newstrace-server-test");
            new Pipeline(AnalyzeConfig.defaults().withThreads(2)).run(inputs, new ByteArrayInputStream(new byte[0]),
                    out, ProgressListener.NONE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
