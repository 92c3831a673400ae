package io.newstrace.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstrace.core.export.AtomicFile;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds fetched pages to an output directory exactly as {@code newstrace analyze BATCH --out DIR} would: the pages
 * become one JSON-lines batch, the pipeline runs over it with the directory's earlier articles joining in (so every
 * export covers the whole corpus), and the store imports the run.
 */
public final class CorpusUpdater {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the fetched pages are kept, under the output directory. */
    public static final String BATCH_DIRECTORY = "watch";

    /** A fetched article page with what its feed says about it: a JSON line of the analyze input format. */
    public record Page(String url, String title, Instant published, String outlet, String html) {
    }

    /** What adding a batch did. */
    public record Update(RunSummary run, Store.ImportResult stored) {
    }

    private final Pipeline pipeline;
    private final OutletRegistry registry;

    /** @throws IllegalArgumentException when a registry file of the configuration cannot be read or is malformed */
    public CorpusUpdater(AnalyzeConfig config) {
        if (!config.keepPrevious()) {
            throw new IllegalArgumentException("watch adds to the corpus in DIR; the configuration must keep it");
        }
        this.pipeline = new Pipeline(config);
        this.registry = OutletRegistry.load(config.registryFiles());
    }

    /**
     * Keeps the pages in {@code outDir/watch/} as a batch (they are the raw record of what was fetched, and the
     * input the exports point to), runs the pipeline over it into {@code outDir} and imports the result into its
     * store. The batch is named after its addresses: a round killed midway and done again writes the same file.
     */
    public Update add(List<Page> pages, Path outDir, ProgressListener listener) throws IOException {
        Path batch = outDir.resolve(BATCH_DIRECTORY).resolve(batchName(pages));
        Files.createDirectories(batch.getParent());
        writeBatch(pages, batch);
        RunSummary run = pipeline.run(List.of(batch.toString()), InputStream.nullInputStream(), outDir, listener);
        try (Store store = Store.open(outDir)) {
            return new Update(run, store.importRun(outDir, registry));
        }
    }

    /**
     * Imports the last complete run in {@code outDir} when the store does not hold it yet (a round killed after
     * the exports were written, before the import committed); the result, or null when there was nothing to do.
     */
    public Store.ImportResult catchUp(Path outDir) {
        if (!Files.isRegularFile(outDir.resolve("run.json"))) {
            return null;
        }
        try (Store store = Store.open(outDir)) {
            return store.holds(outDir) ? null : store.importRun(outDir, registry);
        }
    }

    private static String batchName(List<Page> pages) {
        return "batch-" + Pipeline.contentId(pages.stream().map(Page::url).collect(Collectors.joining("\n")))
                + ".jsonl";
    }

    private static void writeBatch(List<Page> pages, Path batch) throws IOException {
        try (AtomicFile file = new AtomicFile(batch)) {
            Writer out = file.writer();
            for (Page page : pages) {
                ObjectNode line = JSON.createObjectNode().put("url", page.url()).put("title", page.title())
                        .put("published", page.published() == null ? null : page.published().toString())
                        .put("outlet", page.outlet()).put("html", page.html());
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
            file.commit();
        }
    }

    /**
     * The addresses of the articles in the last complete run in {@code outDir}, as they were given (the input's
     * {@code url}), so that a page added before a crash is not fetched again.
     */
    public static Set<String> urlsIn(Path outDir) throws IOException {
        Path articles = outDir.resolve("articles.jsonl");
        Set<String> urls = new HashSet<>();
        if (!Files.isRegularFile(articles) || !Files.isRegularFile(outDir.resolve("run.json"))) {
            return urls;
        }
        try (BufferedReader lines = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode url = JSON.readTree(line).path("ingest").path("hints").path("url");
                if (url.isTextual()) {
                    urls.add(url.asText());
                }
            }
        }
        return urls;
    }
}
