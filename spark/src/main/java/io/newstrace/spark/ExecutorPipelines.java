package io.newstrace.spark;

import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.pipeline.Pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipelines of this JVM, one per settings: built on first use by a task and shared by every later task on the
 * executor, so the models (language identifier, entity taggers, word lists, outlet registry) load once per executor
 * JVM, not once per record or partition.
 */
final class ExecutorPipelines {
    private static final Map<PipelineSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    /** Profile builders remember the keys of template lines they met, as the single-node first pass does. */
    private static final Map<PipelineSettings, CorpusProfile.Builder> PROFILE_BUILDERS = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    static Pipeline pipeline(PipelineSettings settings) {
        return PIPELINES.computeIfAbsent(settings, key -> new Pipeline(key.config()));
    }

    /** The profile keys one document counts for (see {@link CorpusProfile.Builder#keys}). */
    static long[] profileKeys(PipelineSettings settings, String raw) {
        CorpusProfile.Builder builder = PROFILE_BUILDERS.computeIfAbsent(settings,
                key -> pipeline(key).cleaner().newProfileBuilder());
        return builder.keys(raw).stream().mapToLong(Long::longValue).toArray();
    }
}
