package io.newstrace.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark engine writes the very exports of the single-node engine. */
class SparkEngineTest {
    private static final Path SAMPLES = Path.of("../samples/mali-russia");
    private static final Path CORE_RESOURCES = Path.of("../core/src/test/resources");

    @TempDir
    Path dir;

    @Test
    void sparkRunWritesTheExportsOfTheSingleNodeRun() throws IOException {
        List<String> inputs = List.of(SAMPLES.toString(), CORE_RESOURCES.resolve("ingest/fr-inondations-article.html")
                .toString(), warc().toString(), jsonLines().toString());
        AnalyzeConfig config = AnalyzeConfig.defaults().withThreads(2);

        RunSummary single = new Pipeline(config).run(inputs, InputStream.nullInputStream(), dir.resolve("single"),
                ProgressListener.NONE);
        RunSummary distributed;
        try (SparkEngine engine = SparkEngine.open(config, "local[2]")) {
            distributed = new Pipeline(config).run(inputs, InputStream.nullInputStream(), dir.resolve("spark"),
                    ProgressListener.NONE, engine);
        }

        assertThat(single.articles()).isEqualTo(10);
        assertThat(single.duplicates()).isEqualTo(1);
        assertThat(single.errors()).isEqualTo(1);
        assertThat(single.reusedPassages()).isPositive();
        assertThat(distributed.engine()).isEqualTo("spark");
        assertThat(single.engine()).isEqualTo(Pipeline.SINGLE_NODE);
        List<String> files = fileNames(dir.resolve("single"));
        assertThat(fileNames(dir.resolve("spark"))).isEqualTo(files);
        for (String file : files) {
            if (file.equals("run.json")) {
                assertThat(withoutWhatDiffers(dir.resolve("spark/run.json")))
                        .isEqualTo(withoutWhatDiffers(dir.resolve("single/run.json")));
            } else {
                assertThat(Files.readAllBytes(dir.resolve("spark").resolve(file))).as(file)
                        .isEqualTo(Files.readAllBytes(dir.resolve("single").resolve(file)));
            }
        }
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** run.json without the times and the engine, which two runs of the same inputs may not share. */
    private static JsonNode withoutWhatDiffers(Path runJson) throws IOException {
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(runJson.toFile());
        run.remove(List.of("started", "finished", "timings"));
        ((ObjectNode) run.get("config")).remove("engine");
        return run;
    }

    /** A web archive of two pages (one a labelled page dump made HTML) and a 404, which is skipped. */
    private Path warc() throws IOException {
        Path path = dir.resolve("crawl.warc.gz");
        Instant day = Instant.parse("2023-11-15T08:00:00Z");
        String flood = Files.readString(CORE_RESOURCES.resolve("ingest/fr-inondations-article.html"));
        StringBuilder dump = new StringBuilder("<html><head><title>Trottinettes</title></head><body>\n");
        for (String line : Files.readAllLines(CORE_RESOURCES.resolve("pages/fr-ledevoir-trottinettes.txt"))) {
            dump.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(page("https://www.lavoixdulittoral.example/region/inondations-bis", day, flood));
            writer.write(new WarcResponse.Builder("https://www.lavoixdulittoral.example/absent").date(day)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML,
                            "<html><title>Introuvable</title></html>".getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            writer.write(page("https://www.ledevoir.example/trottinettes", day.plusSeconds(60),
                    dump.append("</body></html>").toString()));
        }
        return path;
    }

    private static WarcResponse page(String url, Instant date, String html) throws IOException {
        return new WarcResponse.Builder(url).date(date).body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build())
                .build();
    }

    /** Two articles given as JSON lines, a third line repeating the first (a duplicate) and a malformed line. */
    private Path jsonLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String first = json.writeValueAsString(json.createObjectNode()
                .put("url", "https://relay.example/mali-russie").put("outlet", "Relay")
                .put("published", "2024-03-02")
                .put("text", Files.readString(SAMPLES.resolve("000_04b7ce6019992bc0.txt"))));
        String second = json.writeValueAsString(json.createObjectNode().put("id", "given-id")
                .put("title", "Les trottinettes")
                .put("text", Files.readString(CORE_RESOURCES.resolve("pages/fr-ledevoir-trottinettes.txt"))));
        Path path = dir.resolve("articles.jsonl");
        Files.writeString(path, String.join("\n", first, second, first, "{\"text\": ") + "\n");
        return path;
    }
}
