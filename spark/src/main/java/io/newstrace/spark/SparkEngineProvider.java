package io.newstrace.spark;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.DistributedEngine;

/** Makes {@code analyze --engine spark} available when this module is on the class path (ServiceLoader). */
public final class SparkEngineProvider implements DistributedEngine.Provider {
    @Override
    public String name() {
        return SparkEngine.NAME;
    }

    @Override
    public DistributedEngine open(AnalyzeConfig config, String master) {
        return SparkEngine.open(config, master);
    }
}
