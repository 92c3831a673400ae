package io.newstrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} over the small torture corpus, in a JVM of its own with a 512 MB heap: the run completes, every
 * hostile file is reported by name with the reason expected, and the real articles (and the good records after the
 * bombs and the damage) are analysed.
 */
class TortureCorpusTest {
    private static final Path SAMPLES = Path.of("..", "samples", "mali-russia");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InputLimits LIMITS = new InputLimits(2L << 20, 32L << 20, InputLimits.DEFAULT_MAX_HTML_DEPTH);

    /** The problem expected for each hostile input, by the start of its name: error or warning, and words of it. */
    private static final Map<String, String> EXPECTED_ERRORS = new LinkedHashMap<>();
    private static final Map<String, String> EXPECTED_WARNINGS = new LinkedHashMap<>();

    static {
        EXPECTED_ERRORS.put("binary/image.txt", "binary content, not text");
        EXPECTED_ERRORS.put("binary/random.html", "binary content, not text");
        EXPECTED_ERRORS.put("binary/archive.jsonl:1", "invalid UTF-8");
        EXPECTED_ERRORS.put("encoding/latin1-line.jsonl:2", "invalid UTF-8");
        EXPECTED_ERRORS.put("empty/empty.txt", "empty file");
        EXPECTED_ERRORS.put("empty/blank.html", "no visible text");
        EXPECTED_ERRORS.put("huge/huge-page.html", "too large");
        EXPECTED_ERRORS.put("deep/nested-json.jsonl:1", "nesting depth");
        EXPECTED_ERRORS.put("bombs/gzip-named.html", "binary content, not text");
        EXPECTED_ERRORS.put("bombs/content-encoding-bomb.warc.gz@0", "page larger than the limit of 2097152 bytes");
        EXPECTED_ERRORS.put("bombs/record-bomb.warc.gz@0", "over the decompression limit of 33554432");
        EXPECTED_ERRORS.put("warc/truncated.warc.gz@", "WARC record 2: truncated");
        EXPECTED_ERRORS.put("warc/corrupt.warc.gz@", "WARC record 2: corrupt gzip data");
        EXPECTED_ERRORS.put("warc/truncated.warc@0", "WARC record 1: truncated");
        EXPECTED_ERRORS.put("warc/not-a-warc.warc.gz", "not a WARC file");
        EXPECTED_ERRORS.put("warc/truncated-gzip.warc.gz", "not a WARC file: truncated");
        EXPECTED_ERRORS.put("jsonl/bad-utf8.jsonl:2", "invalid UTF-8");
        EXPECTED_ERRORS.put("jsonl/huge-line.jsonl:1", "line longer than 2097152 bytes");
        EXPECTED_ERRORS.put("jsonl/wrong-types.jsonl:1", "field \"text\" must be a string, found number");
        EXPECTED_ERRORS.put("jsonl/wrong-types.jsonl:5", "field \"id\" must be");
        EXPECTED_ERRORS.put("jsonl/wrong-types.jsonl:7", "expected a JSON object, found array");
        EXPECTED_ERRORS.put("jsonl/not-json.jsonl:1", "malformed JSON");
        EXPECTED_ERRORS.put("jsonl/not-json.jsonl:3", "Trailing token");
        EXPECTED_ERRORS.put("text/dense-controls.txt", "binary content, not text");
        EXPECTED_WARNINGS.put("deep/nested-divs.html", "HTML nested deeper than 512 elements");
        EXPECTED_WARNINGS.put("deep/unclosed-tables.html", "HTML nested deeper than 512 elements");
        EXPECTED_WARNINGS.put("encoding/utf16le-no-bom.txt", "decoded as UTF-16LE");
        EXPECTED_WARNINGS.put("encoding/utf16be-no-bom.txt", "decoded as UTF-16BE");
        EXPECTED_WARNINGS.put("encoding/latin1-declared-utf8.html", "not valid UTF-8");
        EXPECTED_WARNINGS.put("encoding/mixed-utf8-latin1.txt", "not valid UTF-8");
    }

    /** Inputs (by the start of their name) that must come out as articles, with a word of their title or text. */
    private static final Map<String, String> EXPECTED_ARTICLES = Map.of(
            "normal/000_", "Diop",
            "normal/001_", "Bamako",
            "bombs/content-encoding-bomb.warc.gz@", "Après la bombe",
            "bombs/record-bomb.warc.gz@", "Après le gros enregistrement",
            "warc/corrupt.warc.gz@0", "Premier article intact",
            "scripts/payloads.html", "Jean Dupont",
            "text/marks-everywhere.jsonl:1", "gnikaerb",
            "jsonl/escapes.jsonl:1", "surrogate",
            "deep/nested-divs.html", "Profondeur",
            "jsonl/huge-line.jsonl:2", "très longue ligne");

    @Test
    void analyzeSurvivesTheSmallTortureCorpusAndSaysWhatItSkipped(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("torture");
        Path out = temp.resolve("out");
        List<TortureCorpus.Entry> written = TortureCorpus.write(corpus, SAMPLES, true);

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), TortureCorpusTest.class.getName(),
                corpus.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile()).start();
        boolean ended = run.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        assertThat(ended).as("the run ends in time").isTrue();
        String log = Files.readString(temp.resolve("run.log"));
        assertThat(run.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("Exception", "Error");

        JsonNode runJson = JSON.readTree(out.resolve("run.json").toFile());
        Map<String, String> errors = problems(runJson.path("errors"), corpus);
        Map<String, String> warnings = problems(runJson.path("warnings"), corpus);
        EXPECTED_ERRORS.forEach((input, reason) -> assertThat(find(errors, input)).as("error for " + input)
                .contains(reason));
        EXPECTED_WARNINGS.forEach((input, reason) -> assertThat(find(warnings, input)).as("warning for " + input)
                .contains(reason));
        // Feeds are not an input of analyze: passed over and counted, as every file of an unknown type.
        assertThat(runJson.path("counts").path("skipped_files").asInt()).isEqualTo(3);

        List<JsonNode> articles = new ArrayList<>();
        String lines = Files.readString(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x2028 || c == 0x2029 || c == 0x85))
                .as("characters that would cut or break a JSON line").isEmpty();
        for (String line : lines.split("\n")) {
            articles.add(JSON.readTree(line));
        }
        EXPECTED_ARTICLES.forEach((input, words) -> assertThat(articles.stream()
                .filter(a -> a.path("input").asText().startsWith(corpus + "/" + input))
                .map(a -> a.path("title").asText() + " " + a.path("authors") + " " + a.path("raw").asText()))
                .as("article from " + input).anySatisfy(text -> assertThat(text).contains(words)));

        for (TortureCorpus.Entry entry : written) {
            String name = corpus + "/" + entry.path();
            boolean reported = runJson.path("errors").findValuesAsText("input").stream().anyMatch(i -> i.startsWith(name))
                    || runJson.path("warnings").findValuesAsText("input").stream().anyMatch(i -> i.startsWith(name))
                    || articles.stream().anyMatch(a -> a.path("input").asText().startsWith(name));
            assertThat(reported || entry.path().startsWith("feeds/") && !entry.path().endsWith(".xhtml"))
                    .as(entry.path() + " is reported or analysed").isTrue();
        }

        String report = Files.readString(out.resolve("report.html"));
        assertThat(report).doesNotContain("<img src=x", "<svg onload", "<script>alert");
        assertThat(Files.readString(out.resolve("articles.csv"))).contains("'=HYPERLINK(").doesNotContain("\u0000");
    }

    /** Runs {@code analyze} with the test's limits: {@code CORPUS OUT}. Any exception escaping fails the test. */
    public static void main(String[] args) throws IOException {
        AnalyzeConfig config = AnalyzeConfig.defaults().withThreads(2).withLimits(LIMITS, Duration.ofSeconds(30));
        new Pipeline(config).run(List.of(args[0]), InputStream.nullInputStream(), Path.of(args[1]),
                ProgressListener.NONE);
        System.exit(0);
    }

    private static Map<String, String> problems(JsonNode list, Path corpus) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (JsonNode problem : list) {
            byInput.merge(problem.path("input").asText().substring(corpus.toString().length() + 1),
                    problem.path("message").asText(), (a, b) -> a + " | " + b);
        }
        return byInput;
    }

    private static String find(Map<String, String> problems, String inputStart) {
        return problems.entrySet().stream().filter(e -> e.getKey().startsWith(inputStart)).map(Map.Entry::getValue)
                .reduce((a, b) -> a + " | " + b).orElse("(none)");
    }
}
