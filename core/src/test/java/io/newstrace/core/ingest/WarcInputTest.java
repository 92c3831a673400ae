package io.newstrace.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.model.Document;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.newstrace.core.ingest.DocumentReaderTest.documents;
import static io.newstrace.core.ingest.DocumentReaderTest.failures;
import static org.assertj.core.api.Assertions.assertThat;

/** Web archives built here with jwarc's writer, from the real pages of the test resources. */
class WarcInputTest {
    private static final String FLOODS_URL = "https://www.lavoixdulittoral.example/region/inondations";
    private static final String FLOODS_TITLE =
            "Inondations dans le Pas-de-Calais : l’état de catastrophe naturelle reconnu";
    private static final String SCOOTERS_URL =
            "https://www.ledevoir.com/politique/montreal/573258/la-fin-des-trottinettes-en-libre-service-a-montreal";
    private static final String SCOOTERS_TITLE = "La fin des trottinettes en libre-service à Montréal";
    private static final String SKIPPED = "skipped 3 WARC records that are not an HTML page: "
            + "1 HTTP status 404, 1 image/png, 1 request";

    @TempDir
    Path dir;

    /** An archive and where each of its records starts. */
    record Archive(InputSource source, List<Long> offsets) {
    }

    /**
     * Two pages, a request, an image and a 404, in this order: the French flood report (a UTF-8 HTML page) and,
     * last, a Devoir page dump made HTML and served as windows-1252, which only the HTTP header says.
     */
    Archive crawl(String name, WarcCompression compression) throws IOException {
        Instant day = Instant.parse("2023-11-15T08:00:00Z");
        List<WarcRecord> records = List.of(
                page(FLOODS_URL, day, "text/html; charset=utf-8",
                        HtmlTextTest.resource("fr-inondations-article.html").getBytes(StandardCharsets.UTF_8)),
                new WarcRequest.Builder(FLOODS_URL).date(day)
                        .body(new HttpRequest.Builder("GET", "/region/inondations").addHeader("Host",
                                "www.lavoixdulittoral.example").build()).build(),
                response(FLOODS_URL.replace("region/inondations", "logo.png"), day.plusSeconds(1),
                        new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
                                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}).build()),
                response(FLOODS_URL + "-suite", day.plusSeconds(2), new HttpResponse.Builder(404, "Not Found")
                        .body(MediaType.HTML, "<html><title>Page introuvable</title></html>".getBytes(
                                StandardCharsets.UTF_8)).build()),
                page(SCOOTERS_URL, day.plusSeconds(60), "text/html; charset=windows-1252",
                        scootersPage().getBytes(Charset.forName("windows-1252"))));
        Path path = dir.resolve(name);
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(path, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        }
        return new Archive(new InputSource("in/" + name, path, InputFormat.WARC), offsets);
    }

    private static WarcResponse page(String url, Instant date, String contentType, byte[] html) throws IOException {
        return response(url, date, new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), html)
                .build());
    }

    private static WarcResponse response(String url, Instant date, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    /** A labelled page dump as the HTML it came from: its headline as the title, one paragraph per line. */
    private static String scootersPage() throws IOException {
        String dump;
        try (var in = WarcInputTest.class.getResourceAsStream("/pages/fr-ledevoir-trottinettes.txt")) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        dump = dump.replace('\u2009', ' ').replace('\u202f', ' '); // not in windows-1252
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>")
                .append(SCOOTERS_TITLE).append("</title></head><body>\n");
        for (String line : dump.split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    static List<IngestEvent> read(InputSource source, long limit) {
        return DocumentReaderTest.read(source, limit);
    }

    static List<IngestEvent.Warned> warnings(List<IngestEvent> events) {
        return events.stream().filter(IngestEvent.Warned.class::isInstance).map(IngestEvent.Warned.class::cast)
                .toList();
    }

    @Test
    void eachHtmlResponseIsADocumentAtItsCaptureAddressAndTheOtherRecordsAreCounted() throws IOException {
        Archive archive = crawl("crawl.warc", WarcCompression.NONE);

        List<IngestEvent> events = read(archive.source(), DocumentReaderTest.LIMIT);

        List<Document> documents = documents(events);
        assertThat(documents).extracting(Document::input).containsExactly(
                "in/crawl.warc@" + archive.offsets().get(0), "in/crawl.warc@" + archive.offsets().get(4));
        assertThat(documents).extracting(Document::format).containsOnly("html");
        // The address it was captured from, not the page's canonical link (…-2023).
        assertThat(documents).extracting(document -> document.hints().url())
                .containsExactly(FLOODS_URL, SCOOTERS_URL);
        assertThat(documents).extracting(document -> document.hints().title())
                .containsExactly(FLOODS_TITLE, SCOOTERS_TITLE);
        assertThat(documents).extracting(document -> document.hints().captured())
                .containsExactly("2023-11-15T08:00:00Z", "2023-11-15T08:01:00Z");
        assertThat(documents.get(0).hints().published()).as("the page's own date")
                .isEqualTo("2023-11-14T18:42:00+01:00");
        assertThat(documents.get(0).raw()).contains("214 communes").doesNotContain("trackRead");
        assertThat(documents.get(1).raw()).as("windows-1252 as the server declared it")
                .contains("Éditoriaux", "Je m'abonne au Devoir");
        assertThat(failures(events)).isEmpty();
        assertThat(warnings(events)).containsExactly(new IngestEvent.Warned("in/crawl.warc", SKIPPED));
    }

    @Test
    void aTruncatedGzippedArchiveGivesTheRecordsBeforeTheDamageAndOneError() throws IOException {
        Archive archive = crawl("crawl.warc.gz", WarcCompression.GZIP);
        Path path = archive.source().path();
        long last = archive.offsets().get(4);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(last + (file.length() - last) / 2);
        }

        List<IngestEvent> events = read(archive.source(), DocumentReaderTest.LIMIT);

        assertThat(documents(events)).extracting(document -> document.hints().url()).containsExactly(FLOODS_URL);
        assertThat(failures(events)).singleElement().satisfies(failure -> {
            assertThat(failure.input()).isEqualTo("in/crawl.warc.gz@" + last);
            // The reader fills its buffer past the record's header, so the damage shows before the header is read.
            assertThat(failure.message()).isEqualTo("WARC record 5: truncated (unexpected end of gzip stream)");
        });
        assertThat(warnings(events)).containsExactly(new IngestEvent.Warned("in/crawl.warc.gz", SKIPPED));
    }

    @Test
    void aCorruptRecordInTheMiddleIsSkippedAndTheRestIsRead() throws IOException {
        Archive archive = crawl("crawl.warc.gz", WarcCompression.GZIP);
        long image = archive.offsets().get(2);
        try (FileChannel file = FileChannel.open(archive.source().path(), StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap("not gzip at all".getBytes(StandardCharsets.US_ASCII)), image);
        }

        List<IngestEvent> events = read(archive.source(), DocumentReaderTest.LIMIT);

        assertThat(documents(events)).extracting(document -> document.hints().url())
                .containsExactly(FLOODS_URL, SCOOTERS_URL);
        assertThat(failures(events)).singleElement().satisfies(failure -> {
            assertThat(failure.input()).isEqualTo("in/crawl.warc.gz@" + image);
            assertThat(failure.message()).startsWith("WARC record 3: corrupt gzip data (not in gzip format");
        });
        assertThat(warnings(events)).singleElement().satisfies(warning -> assertThat(warning.message())
                .isEqualTo("skipped 2 WARC records that are not an HTML page: 1 HTTP status 404, 1 request"));
    }

    @Test
    void aPageOverTheSizeLimitIsReportedAndTheOthersAreRead() throws IOException {
        Archive archive = crawl("crawl.warc", WarcCompression.NONE);
        long limit = 4_000; // the flood report is under 2 kB, the Devoir page over 7 kB

        List<IngestEvent> events = read(archive.source(), limit);

        assertThat(documents(events)).extracting(document -> document.hints().url()).containsExactly(FLOODS_URL);
        assertThat(failures(events)).containsExactly(new IngestEvent.Failed(
                "in/crawl.warc@" + archive.offsets().get(4),
                "WARC record 5: page larger than the limit of 4000 bytes (" + SCOOTERS_URL + ")"));
    }

    @Test
    void garbageNamedLikeAnArchiveIsOneClearError() throws IOException {
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        garbage[0] = 'x'; // not a gzip magic number by chance
        Path path = dir.resolve("x.warc");
        Files.write(path, garbage);

        List<IngestEvent> events = read(new InputSource("in/x.warc", path, InputFormat.WARC),
                DocumentReaderTest.LIMIT);

        assertThat(events).containsExactly(
                new IngestEvent.Failed("in/x.warc", "not a WARC file: malformed WARC record header"));
    }

    @Test
    void anArchiveIsRecognisedByNameAndByContent(@TempDir Path elsewhere) throws IOException {
        Archive plain = crawl("crawl.warc", WarcCompression.NONE);
        Archive gzipped = crawl("crawl.warc.gz", WarcCompression.GZIP);
        Path plainCopy = Files.copy(plain.source().path(), elsewhere.resolve("plain-capture"));
        Path gzippedCopy = Files.copy(gzipped.source().path(), elsewhere.resolve("gzipped-capture"));

        InputWalker.Expansion expansion = new InputWalker(new ByteArrayInputStream(new byte[0]))
                .expand(List.of(dir.toString(), plainCopy.toString(), gzippedCopy.toString()));

        assertThat(expansion.sources()).extracting(InputSource::format).containsExactly(
                InputFormat.WARC, InputFormat.WARC, InputFormat.WARC, InputFormat.WARC);
        assertThat(expansion.skippedFiles()).isZero();
    }

    @Test
    void anArchiveRunThroughThePipelineGivesArticlesAtTheirCaptureAddress(@TempDir Path out) throws IOException {
        Archive archive = crawl("crawl.warc.gz", WarcCompression.GZIP);

        RunSummary summary = new Pipeline(AnalyzeConfig.defaults().withThreads(2)).run(
                List.of(archive.source().path().toString()), new ByteArrayInputStream(new byte[0]), out,
                ProgressListener.NONE);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            articles.add(json.readTree(line));
        }
        assertThat(articles).extracting(article -> article.get("url").asText())
                .containsExactly(FLOODS_URL, SCOOTERS_URL);
        assertThat(articles).extracting(article -> article.get("title").asText())
                .containsExactly(FLOODS_TITLE, SCOOTERS_TITLE);
        assertThat(articles).extracting(article -> article.at("/ingest/hints/captured").asText())
                .containsExactly("2023-11-15T08:00:00Z", "2023-11-15T08:01:00Z");
        assertThat(articles.get(0).get("published_evidence").asText()).doesNotStartWith("captured");
        assertThat(articles.get(0).get("input").asText())
                .isEqualTo(archive.source().path() + "@" + archive.offsets().get(0));
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.problems()).extracting(Object::toString).containsExactly(
                "warning: " + archive.source().path() + ": " + SKIPPED);
    }

    @Test
    void aPageThatGivesNoDateIsDatedByItsCaptureAndTheEvidenceSaysSo(@TempDir Path out) throws IOException {
        // A sample article (undated: a text dump of a page) served as HTML, one paragraph per line.
        StringBuilder html = new StringBuilder("<html><head><title>Mali-Russie</title></head><body>");
        for (String line : Files.readAllLines(Path.of("..", "samples", "mali-russia", "001_53bd0b684726b4b5.txt"))) {
            if (!line.isBlank()) {
                html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
        }
        Path archive = dir.resolve("undated.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(page("https://panoramapapers.example/mali-russie", Instant.parse("2021-11-12T09:30:00Z"),
                    "text/html; charset=utf-8", html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8)));
        }

        new Pipeline(AnalyzeConfig.defaults().withThreads(1)).run(List.of(archive.toString()),
                new ByteArrayInputStream(new byte[0]), out, ProgressListener.NONE);

        JsonNode article = new ObjectMapper().readTree(Files.readAllLines(out.resolve("articles.jsonl")).get(0));
        assertThat(article.get("published").asText()).isEqualTo("2021-11-12");
        assertThat(article.get("published_evidence").asText())
                .isEqualTo("captured 2021-11-12T09:30:00Z (web archive record; published then or earlier)");
    }
}
