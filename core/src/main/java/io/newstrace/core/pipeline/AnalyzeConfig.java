package io.newstrace.core.pipeline;

import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.nlp.LanguageIdentifier;
import io.newstrace.core.reuse.ReuseConfig;
import io.newstrace.core.stories.StoryClusterer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of an {@code analyze} run. Everything here that changes results is written to {@code run.json}.
 *
 * @param threads          worker threads for the per-article stages (results do not depend on it)
 * @param languages        languages the identifier chooses from (ISO 639-1)
 * @param clean            settings of the clean stage
 * @param input            the bounds of reading: document size, decompressed size, HTML nesting depth
 * @param documentTimeout  a document whose cleaning and annotation takes longer is reported and skipped
 * @param registryFiles    the user's outlet registry files, added to the bundled registry in this order
 * @param reuse            settings of passage reuse detection
 * @param keepPrevious     whether the articles of an earlier run into the output directory join this run (the
 *                         directory is then a growing corpus); false starts the directory afresh
 * @param stories          settings of story clustering
 */
public record AnalyzeConfig(int threads, List<String> languages, CleanConfig clean, InputLimits input,
                            Duration documentTimeout, List<Path> registryFiles, ReuseConfig reuse,
                            boolean keepPrevious, StoryClusterer stories) {
    /** Far above what any real article takes (a few hundred milliseconds for the longest), low enough to move on. */
    public static final Duration DEFAULT_DOCUMENT_TIMEOUT = Duration.ofSeconds(60);

    public AnalyzeConfig {
        languages = List.copyOf(languages);
        registryFiles = List.copyOf(registryFiles);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (documentTimeout.isNegative() || documentTimeout.isZero()) {
            throw new IllegalArgumentException("the document timeout must be positive");
        }
    }

    public static AnalyzeConfig defaults() {
        return new AnalyzeConfig(Runtime.getRuntime().availableProcessors(), LanguageIdentifier.DEFAULT_LANGUAGES,
                CleanConfig.DEFAULT, InputLimits.DEFAULT, DEFAULT_DOCUMENT_TIMEOUT, List.of(), ReuseConfig.DEFAULT, true,
                StoryClusterer.DEFAULT);
    }

    public AnalyzeConfig withKeepPrevious(boolean keep) {
        return new AnalyzeConfig(threads, languages, clean, input, documentTimeout, registryFiles, reuse, keep,
                stories);
    }

    public AnalyzeConfig withStories(StoryClusterer clusterer) {
        return new AnalyzeConfig(threads, languages, clean, input, documentTimeout, registryFiles, reuse,
                keepPrevious, clusterer);
    }

    public AnalyzeConfig withThreads(int count) {
        return new AnalyzeConfig(count, languages, clean, input, documentTimeout, registryFiles, reuse,
                keepPrevious, stories);
    }

    public AnalyzeConfig withLimits(InputLimits limits, Duration timeout) {
        return new AnalyzeConfig(threads, languages, clean, limits, timeout, registryFiles, reuse, keepPrevious,
                stories);
    }
}
