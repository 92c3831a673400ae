package io.newstrace.spark;

import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.reuse.ReuseConfig;
import io.newstrace.core.stories.StoryClusterer;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an executor needs to build the run's pipeline: the settings of {@link AnalyzeConfig} that shape per-document
 * results, with the registry files as strings ({@link Path} is not serializable). Registry files must be readable at
 * the same path on every executor.
 */
record PipelineSettings(List<String> languages, CleanConfig clean, InputLimits input, Duration documentTimeout,
                        List<String> registryFiles, ReuseConfig reuse, StoryClusterer stories) implements Serializable {
    PipelineSettings {
        languages = List.copyOf(languages);
        registryFiles = List.copyOf(registryFiles);
    }

    static PipelineSettings of(AnalyzeConfig config) {
        return new PipelineSettings(config.languages(), config.clean(), config.input(), config.documentTimeout(),
                config.registryFiles().stream().map(Path::toString).toList(), config.reuse(), config.stories());
    }

    /** The configuration on an executor; threads and keepPrevious concern the driver only. */
    AnalyzeConfig config() {
        return new AnalyzeConfig(1, languages, clean, input, documentTimeout, registryFiles.stream().map(Path::of).toList(),
                reuse, false, stories);
    }
}
