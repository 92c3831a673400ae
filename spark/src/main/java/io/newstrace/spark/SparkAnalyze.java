package io.newstrace.spark;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.Problem;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main class for spark-submit: {@code INPUT... --out DIR [--fresh]}, the exports of {@code newstrace analyze}
 * (not its store), with the master spark-submit gives. Inputs and DIR must be on a file system the driver and every
 * executor see.
 */
public final class SparkAnalyze {
    private static final String USAGE = "usage: SparkAnalyze INPUT... --out DIR [--fresh]";

    private SparkAnalyze() {
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        Path out = null;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "-o" -> {
                    if (i + 1 == args.length) {
                        exit(USAGE);
                    }
                    out = Path.of(args[++i]);
                }
                case "--fresh" -> fresh = true;
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            exit(USAGE);
        }
        AnalyzeConfig config = AnalyzeConfig.defaults().withKeepPrevious(!fresh);
        RunSummary summary;
        try (SparkEngine engine = SparkEngine.open(config, null)) {
            summary = new Pipeline(config).run(inputs, InputStream.nullInputStream(), out, new ProgressListener() {
                @Override
                public void problem(Problem problem) {
                    System.err.println((problem.error() ? "error: " : "warning: ") + problem.input() + ": "
                            + problem.message());
                }
            }, engine);
        }
        System.err.printf(Locale.ROOT, "%d articles, %d quotes, %d entities, %d reused passages, %d stories, "
                        + "%d provenance edges, %d errors, %d warnings in %.1f s; exports in %s%n",
                summary.articles(), summary.quotes(), summary.entities(), summary.reusedPassages(), summary.stories(),
                summary.provenanceEdges(), summary.errors(), summary.warnings(), summary.wallMillis() / 1000.0, out);
        System.exit(summary.articles() > 0 ? 0 : 1);
    }

    private static void exit(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
