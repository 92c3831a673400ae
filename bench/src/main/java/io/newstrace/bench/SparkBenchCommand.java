package io.newstrace.bench;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;
import io.newstrace.spark.SparkEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code spark --articles N}: the whole analyze run on one generated corpus with the single-node engine and with the
 * Spark engine at local[1] and local[2], timed, with the scaling from one Spark core to two and a check that the
 * exports are the same bytes.
 */
@Command(name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Generates N synthetic page dumps and runs analyze over them with the single-node engine (--threads) and "
                + "the Spark engine at local[1] and local[2], after a warm-up run of each engine on 100 other pages "
                + "(models load); times leave out model loading and Spark context start.",
            "Prints wall time and articles/s of each run, the local[1] / local[2] time ratio, and whether every export "
                + "but run.json is byte-identical to the single-node run's."})
final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = {"-n", "--articles"}, paramLabel = "N", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int articles = 2_000;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Threads of the single-node engine and of the driver's corpus stages (default: 2).")
    int threads = 2;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    SourceOptions sources = new SourceOptions();

    private static final int WARM_UP_ARTICLES = 100;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || threads < 1) {
            System.err.println("--articles and --threads must be at least 1");
            return 2;
        }
        Path work = Files.createTempDirectory("newstrace-bench-spark");
        try {
            CorpusGenerator generator = sources.generator(out);
            Path corpus = work.resolve("corpus");
            CorpusGenerator.Written written = generator.write(corpus, articles, seed);
            out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB, seed %d%n", written.files().size(),
                    written.bytes() / 1e6, seed);
            AnalyzeConfig config = AnalyzeConfig.defaults().withThreads(threads).withKeepPrevious(false);
            Pipeline pipeline = new Pipeline(config);
            // Models load once per JVM for the driver and once for the executors (in local mode, this JVM too):
            // a small warm-up corpus through both engines, so that no timed run pays for them.
            Path warmUp = work.resolve("warm-up");
            generator.write(warmUp, WARM_UP_ARTICLES, seed + 1);
            List<String> warmUpInputs = List.of(warmUp.toString());
            pipeline.run(warmUpInputs, InputStream.nullInputStream(), work.resolve("warm-up-single"),
                    ProgressListener.NONE);
            try (SparkEngine engine = SparkEngine.open(config, "local[2]")) {
                pipeline.run(warmUpInputs, InputStream.nullInputStream(), work.resolve("warm-up-spark"),
                        ProgressListener.NONE, engine);
            }

            List<String> inputs = List.of(corpus.toString());
            Path single = work.resolve("single");
            double singleSeconds = timed("single-node, " + threads + " threads", pipeline, inputs, single, null);
            double[] sparkSeconds = new double[2];
            for (int cores = 1; cores <= 2; cores++) {
                Path dir = work.resolve("local" + cores);
                sparkSeconds[cores - 1] = timed("spark local[" + cores + "]", pipeline, inputs, dir,
                        SparkEngine.open(config, "local[" + cores + "]"));
                out.printf(Locale.ROOT, "    exports identical to single-node: %s%n", sameExports(single, dir) ? "yes" : "NO");
            }
            out.printf(Locale.ROOT, "%nspark local[1] / local[2]: %.2fx; spark local[2] / single-node: %.2fx the time%n",
                    sparkSeconds[0] / sparkSeconds[1], sparkSeconds[1] / singleSeconds);
            return 0;
        } finally {
            Corpora.deleteRecursively(work);
        }
    }

    /** One timed analyze run, on the Spark engine when one is given (its context is started already, and closed). */
    private double timed(String label, Pipeline pipeline, List<String> inputs, Path outDir, SparkEngine engine)
            throws IOException {
        long start = System.nanoTime();
        RunSummary summary;
        if (engine == null) {
            summary = pipeline.run(inputs, InputStream.nullInputStream(), outDir, ProgressListener.NONE);
        } else {
            try (engine) {
                summary = pipeline.run(inputs, InputStream.nullInputStream(), outDir, ProgressListener.NONE, engine);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%-28s %6.1f s  %6.0f articles/s  (first pass %.1f s, analysis %.1f s, corpus stages "
                        + "%.1f s)%n", label, seconds, summary.articles() / seconds, summary.firstPassMillis() / 1e3,
                summary.analyzeMillis() / 1e3, summary.corpusMillis() / 1e3);
        return seconds;
    }

    /** Every export but run.json (times, engine) has the same bytes in both directories. */
    private static boolean sameExports(Path a, Path b) throws IOException {
        try (Stream<Path> files = Files.list(a)) {
            for (Path file : files.filter(path -> !path.getFileName().toString().equals("run.json")).toList()) {
                if (!Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName())))) {
                    return false;
                }
            }
        }
        return true;
    }
}
