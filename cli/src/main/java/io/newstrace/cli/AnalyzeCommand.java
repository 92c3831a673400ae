package io.newstrace.cli;

import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.DistributedEngine;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.RunSummary;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.store.Store;
import io.newstrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

/** {@code newstrace analyze INPUT... --out DIR}: the main job. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles (plain-text page dumps .txt, JSON lines .jsonl, HTML pages .html; directories are "
                + "walked recursively; - reads standard input), cleans them and writes the exports to DIR.",
            "Exits 0 when at least one article was analysed, 1 when nothing could be read, 2 on bad usage."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
    private List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write the exports to (created if missing).")
    private Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads for the per-article stages (default: all cores). Results do not depend on it.")
    private Integer threads;

    @Option(names = "--max-document-bytes", paramLabel = "BYTES",
            description = "Refuse inputs, JSON lines and archived pages larger than this, decompressed "
                    + "(default: ${DEFAULT-VALUE}).")
    private long maxDocumentBytes = InputLimits.DEFAULT_MAX_DOCUMENT_BYTES;

    @Option(names = "--max-decompressed-bytes", paramLabel = "BYTES",
            description = "Skip web-archive records that expand beyond this, without expanding them "
                    + "(default: ${DEFAULT-VALUE}).")
    private long maxDecompressedBytes = InputLimits.DEFAULT_MAX_DECOMPRESSED_BYTES;

    @Option(names = "--max-html-depth", paramLabel = "N",
            description = "Read HTML elements nested deeper than N as if at depth N, and say so (16 to "
                    + InputLimits.HIGHEST_MAX_HTML_DEPTH + "; default: ${DEFAULT-VALUE}).")
    private int maxHtmlDepth = InputLimits.DEFAULT_MAX_HTML_DEPTH;

    @Option(names = "--document-timeout", paramLabel = "SECONDS",
            description = "Skip, and report, a document whose analysis takes longer (default: ${DEFAULT-VALUE}).")
    private double documentTimeoutSeconds = AnalyzeConfig.DEFAULT_DOCUMENT_TIMEOUT.toSeconds();

    @Option(names = "--registry", paramLabel = "FILE",
            description = "An outlet registry file of your own (JSON lines, format of the bundled registry); its "
                    + "entries are added, or replace bundled ones with the same id. Repeatable.")
    private List<Path> registryFiles = new java.util.ArrayList<>();

    @Option(names = "--fresh",
            description = "Start DIR afresh: leave out the articles of an earlier run into DIR (by default they join "
                    + "this run, so that DIR grows as a corpus and cross-article results cover all of it).")
    private boolean fresh;

    @Option(names = "--no-store", description = "Do not write the store (newstrace.db and index/) into DIR.")
    private boolean noStore;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "Where the per-article work runs: ${DEFAULT-VALUE} (this process's threads) or spark "
                    + "(needs the spark module on the class path; the newstrace launcher adds it). Results are the same.")
    private String engine = Pipeline.SINGLE_NODE;

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master for --engine spark: local[N], spark://HOST:PORT... (default: local[THREADS]).")
    private String master;

    @Override
    public Integer call() throws Exception {
        AnalyzeConfig defaults = AnalyzeConfig.defaults();
        PrintStream err = System.err;
        AnalyzeConfig config;
        Pipeline pipeline;
        try {
            config = new AnalyzeConfig(threads == null ? defaults.threads() : threads,
                    defaults.languages(), defaults.clean(),
                    new InputLimits(maxDocumentBytes, maxDecompressedBytes, maxHtmlDepth),
                    Duration.ofMillis(Math.round(documentTimeoutSeconds * 1000)), registryFiles, defaults.reuse(),
                    !fresh, defaults.stories());
            pipeline = new Pipeline(config);
        } catch (IllegalArgumentException e) {
            err.println("newstrace: " + e.getMessage());
            return 2;
        }
        DistributedEngine distributed = null;
        if (!engine.equals(Pipeline.SINGLE_NODE)) {
            DistributedEngine.Provider provider = ServiceLoader.load(DistributedEngine.Provider.class).stream()
                    .map(ServiceLoader.Provider::get).filter(found -> found.name().equals(engine)).findFirst()
                    .orElse(null);
            if (provider == null) {
                err.println("newstrace: unknown engine " + engine + " (" + Pipeline.SINGLE_NODE + ", or spark when "
                        + "the spark module is on the class path: run ./newstrace, which adds it for --engine spark)");
                return 2;
            }
            distributed = provider.open(config, master != null ? master : "local[" + config.threads() + "]");
        } else if (master != null) {
            err.println("newstrace: --master goes with --engine spark");
            return 2;
        }
        RunSummary summary;
        try (Progress progress = Progress.forConsole(err)) {
            summary = pipeline.run(inputs, System.in, out, progress, distributed);
        } finally {
            if (distributed != null) {
                distributed.close();
            }
        }
        if (summary.previousArticles() > 0) {
            err.printf(Locale.ROOT, "%d articles of the earlier run in %s joined this one (--fresh to start afresh)%n",
                    summary.previousArticles(), out);
        }
        err.printf(Locale.ROOT, "%d articles, %d paragraphs, %d removed spans, %d quotes, %d entities, %d sources, "
                        + "%d reused passages, %d matched quotes, %d stories, %d provenance edges, "
                        + "%d duplicates, %d errors, %d warnings in %.1f s (%.0f articles/s)%n",
                summary.articles(), summary.paragraphs(), summary.removedSpans(), summary.quotes(),
                summary.entities(), summary.sources(), summary.reusedPassages(), summary.matchedQuotes(),
                summary.stories(), summary.provenanceEdges(), summary.duplicates(), summary.errors(), summary.warnings(),
                summary.wallMillis() / 1000.0, summary.articlesPerSecond());
        err.println("wrote articles, entities, quotes, sources, reuse (.jsonl and .csv), stories, provenance, "
                + "outlet_links, statements (.jsonl), graph.gexf, report.html and run.json to " + out);
        if (!noStore && summary.articles() > 0) {
            if (fresh) {
                deleteStore(out);
            }
            try (Store store = Store.open(out)) {
                Store.ImportResult stored = store.importRun(out, OutletRegistry.load(registryFiles));
                err.printf(Locale.ROOT, "store: %d articles added, %d already there (newstrace.db, index/)%n",
                        stored.added(), stored.skipped());
            } catch (StoreException e) {
                err.println("newstrace: " + e.getMessage());
                return 1;
            }
        }
        return summary.articles() > 0 ? 0 : 1;
    }

    /** Removes the store of an earlier run, so that a fresh directory holds only this run. */
    private static void deleteStore(Path out) throws java.io.IOException {
        for (String name : List.of("newstrace.db", "newstrace.db-wal", "newstrace.db-shm")) {
            java.nio.file.Files.deleteIfExists(out.resolve(name));
        }
        Path index = out.resolve("index");
        if (java.nio.file.Files.isDirectory(index)) {
            try (var files = java.nio.file.Files.walk(index)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(path);
                }
            }
        }
    }
}
