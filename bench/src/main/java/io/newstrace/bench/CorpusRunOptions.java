package io.newstrace.bench;

import picocli.CommandLine.Option;

/** How large a corpus to generate, from which seed, and with how many threads and how long a warm-up to measure. */
final class CorpusRunOptions {
    @Option(names = {"-n", "--articles"}, paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads for the per-article stages (default: available processors).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Documents processed once before the measures (default: ${DEFAULT-VALUE}, at most the corpus).")
    int warmup = 1_000;

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
