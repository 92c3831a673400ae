package io.newstrace.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.pipeline.AnalyzeConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Rounds of {@code watch} against a web site on loopback, into a real output directory and store. */
class WatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CorpusUpdater corpus;

    @TempDir
    Path dir;
    private FixtureSite site;
    private final StringBuffer log = new StringBuffer();

    @BeforeAll
    static void loadPipeline() {
        corpus = new CorpusUpdater(AnalyzeConfig.defaults().withThreads(2));
    }

    @BeforeEach
    void startSite() throws IOException {
        site = new FixtureSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        for (int i = 0; i < Fixtures.SAMPLE_FILES.size(); i++) {
            site.page("/mali/" + i + ".html", "text/html; charset=utf-8", Fixtures.samplePage(i));
        }
        site.page("/region/inondations.html", "text/html; charset=utf-8", Fixtures.inondationsPage());
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private Watcher watcher(Duration hostDelay, AddressGuard guard, URI... feeds) {
        FetchSettings settings = new FetchSettings(FetchSettings.defaultUserAgent(), hostDelay, Duration.ofSeconds(10),
                FetchSettings.DEFAULT_MAX_BYTES, guard);
        return new Watcher(List.of(feeds), dir, new PoliteFetcher(settings), corpus, line -> log.append(line).append('\n'));
    }

    private Watcher watcher(URI... feeds) {
        return watcher(Duration.ZERO, AddressGuard.anyAddress(), feeds);
    }

    private String log() {
        return log.toString();
    }

    private Fixtures.Entry mali(int index, String title) {
        return new Fixtures.Entry(title, site.uri("/mali/" + index + ".html").toString(),
                "Wed, 15 Nov 2023 0" + index + ":30:00 GMT");
    }

    private List<JsonNode> articles() throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("articles.jsonl"))) {
            articles.add(JSON.readTree(line));
        }
        return articles;
    }

    private Map<String, JsonNode> hintsByUrl() throws IOException {
        return articles().stream().map(article -> article.path("ingest").path("hints"))
                .collect(Collectors.toMap(hints -> hints.path("url").asText(), Function.identity()));
    }

    private long storedArticles() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newstrace.db"));
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM articles")) {
            return rs.getLong(1);
        }
    }

    @Test
    void addsEveryItemOnceThenAsksConditionallyThenFetchesOnlyNewItems() throws Exception {
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers",
                List.of(mali(0, "Lavrov à Bamako"), mali(1, "Coopération avec la Russie"))));
        site.page("/atom.xml", "application/atom+xml", Fixtures.atom("La Voix du Littoral", List.of(
                new Fixtures.Entry("Inondations : catastrophe naturelle", site.uri("/region/inondations.html").toString(),
                        "2023-11-14T17:42:00Z"))));
        Watcher watcher = watcher(site.uri("/rss.xml"), site.uri("/atom.xml"));

        Watcher.Round first = watcher.runRound();

        assertThat(first).isEqualTo(new Watcher.Round(2, 0, 0, 3, 3, 0));
        Map<String, JsonNode> hints = hintsByUrl();
        assertThat(hints).containsOnlyKeys(site.uri("/mali/0.html").toString(), site.uri("/mali/1.html").toString(),
                site.uri("/region/inondations.html").toString());
        JsonNode first0 = hints.get(site.uri("/mali/0.html").toString());
        assertThat(first0.path("title").asText()).isEqualTo("Lavrov à Bamako");
        assertThat(first0.path("outlet").asText()).isEqualTo("Panorama Papers");
        assertThat(first0.path("published").asText()).isEqualTo("2023-11-15T00:30:00Z");
        assertThat(hints.get(site.uri("/region/inondations.html").toString()).path("title").asText())
                .isEqualTo("Inondations : catastrophe naturelle");
        assertThat(articles()).extracting(article -> article.path("text").asText())
                .anySatisfy(text -> assertThat(text).contains("Abdoulaye Diop"));
        assertThat(storedArticles()).isEqualTo(3);
        assertThat(dir.resolve("run.json")).exists();
        assertThat(dir.resolve(WatchState.FILE_NAME)).exists();
        assertThat(site.requestsTo("/mali/0.html")).singleElement().satisfies(request ->
                assertThat(request.headers().getFirst("User-Agent")).startsWith("Newstrace/")
                        .endsWith("(+https://github.com/newstrace; research crawler)"));

        int requestsBefore = site.requests.size();
        Watcher.Round second = watcher.runRound();

        assertThat(second).isEqualTo(new Watcher.Round(2, 2, 0, 0, 0, 0));
        List<FixtureSite.Request> secondRequests = site.requests.subList(requestsBefore, site.requests.size());
        assertThat(secondRequests).extracting(FixtureSite.Request::path).containsExactly("/rss.xml", "/atom.xml");
        assertThat(secondRequests).allSatisfy(request -> {
            assertThat(request.headers().getFirst("If-None-Match")).startsWith("\"");
            assertThat(request.headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 14 Nov 2023 17:42:00 GMT");
        });

        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(2, "Kidal"),
                mali(0, "Lavrov à Bamako"), mali(1, "Coopération avec la Russie"))));
        requestsBefore = site.requests.size();
        Watcher.Round third = watcher.runRound();

        assertThat(third).isEqualTo(new Watcher.Round(2, 1, 0, 1, 1, 0));
        assertThat(site.requests.subList(requestsBefore, site.requests.size())).extracting(FixtureSite.Request::path)
                .containsExactly("/rss.xml", "/mali/2.html", "/atom.xml");
        assertThat(hintsByUrl()).hasSize(4).containsKey(site.uri("/mali/2.html").toString());
        assertThat(storedArticles()).isEqualTo(4);
    }

    @Test
    void aRoundKilledBeforeItsStateWasSavedFetchesNothingTwice() throws Exception {
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(0, "Lavrov"))));
        Watcher watcher = watcher(site.uri("/rss.xml"));
        watcher.runRound();
        // As if killed after the corpus was updated and before watch-state.json was written.
        Files.delete(dir.resolve(WatchState.FILE_NAME));

        Watcher.Round again = watcher.runRound();

        assertThat(again.addedArticles()).isZero();
        assertThat(site.requestsTo("/mali/0.html")).hasSize(1);
        assertThat(articles()).hasSize(1);
    }

    @Test
    void aStoreLeftBehindByAKillDuringItsImportIsBroughtUpToDateByTheNextRound() throws Exception {
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(0, "Lavrov"),
                mali(1, "Wagner"))));
        Watcher watcher = watcher(site.uri("/rss.xml"));
        watcher.runRound();
        // As if killed after the exports were written and before the import committed: the store lacks the run.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newstrace.db"))) {
            db.createStatement().execute("DELETE FROM imports");
        }
        Files.delete(dir.resolve(WatchState.FILE_NAME));

        Watcher.Round again = watcher.runRound();

        assertThat(again.addedArticles()).isZero();
        assertThat(log()).contains("the store lagged behind the exports");
        assertThat(storedArticles()).isEqualTo(2);
        log.setLength(0);
        watcher.runRound();
        assertThat(log()).doesNotContain("the store lagged behind");
        assertThat(Files.list(dir.resolve(CorpusUpdater.BATCH_DIRECTORY))).hasSize(1);
    }

    @Test
    void aPathRobotsTxtDisallowsIsSkippedWithAMessageAndNeverRequested() throws Exception {
        site.page("/private/secret.html", "text/html", Fixtures.samplePage(3));
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(0, "Lavrov"),
                new Fixtures.Entry("Secret", site.uri("/private/secret.html").toString(), "Wed, 15 Nov 2023 09:00:00 GMT"))));

        Watcher.Round round = watcher(site.uri("/rss.xml")).runRound();

        assertThat(round.addedArticles()).isEqualTo(1);
        assertThat(round.failedItems()).isEqualTo(1);
        assertThat(log()).contains(site.uri("/private/secret.html") + ": disallowed by " + site.uri("/robots.txt"));
        assertThat(site.paths()).doesNotContain("/private/secret.html").contains("/robots.txt");
        assertThat(hintsByUrl()).containsOnlyKeys(site.uri("/mali/0.html").toString());
    }

    @Test
    void aLoopbackFeedIsRefusedWithoutAllowPrivate() throws Exception {
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(0, "Lavrov"))));

        Watcher.Round round = watcher(Duration.ZERO, AddressGuard.publicOnly(), site.uri("/rss.xml")).runRound();

        assertThat(round.everyFeedFailed()).isTrue();
        assertThat(log()).contains(site.uri("/rss.xml") + ": refused: 127.0.0.1 resolves to 127.0.0.1, a private, "
                + "loopback, link-local or otherwise non-public address (--allow-private fetches such addresses)");
        assertThat(site.requests).isEmpty();
        assertThat(dir.resolve("articles.jsonl")).doesNotExist();
    }

    @Test
    void anXxeFeedLeaksNothingAndIsReportedAsMalformed() throws Exception {
        site.page("/xxe.xml", "application/rss+xml", FixtureSite.resource("xxe-rss.xml"));

        Watcher.Round round = watcher(site.uri("/xxe.xml")).runRound();

        assertThat(round.everyFeedFailed()).isTrue();
        assertThat(log()).contains("feed " + site.uri("/xxe.xml") + ": not a readable RSS or Atom feed")
                .contains("DOCTYPE").doesNotContain("root:");
        assertThat(Files.readString(dir.resolve(WatchState.FILE_NAME))).doesNotContain("root:");
        assertThat(site.paths()).containsExactly("/robots.txt", "/xxe.xml");
    }

    @Test
    void requestsToOneHostAreSpacedByTheHostDelay() throws Exception {
        Duration delay = Duration.ofMillis(200);
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers",
                List.of(mali(0, "Lavrov"), mali(1, "Coopération"))));

        watcher(delay, AddressGuard.anyAddress(), site.uri("/rss.xml")).runRound();

        List<FixtureSite.Request> requests = site.requests;
        assertThat(requests).extracting(FixtureSite.Request::path)
                .containsExactly("/robots.txt", "/rss.xml", "/mali/0.html", "/mali/1.html");
        for (int i = 1; i < requests.size(); i++) {
            assertThat(Duration.ofNanos(requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()))
                    .isGreaterThanOrEqualTo(delay);
        }
    }

    @Test
    void aPageThatIsNotHtmlIsReportedAndNotRetried() throws Exception {
        site.page("/mali/report.pdf", "application/pdf", "%PDF-1.4");
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(
                new Fixtures.Entry("Rapport", site.uri("/mali/report.pdf").toString(), "Wed, 15 Nov 2023 09:00:00 GMT"))));
        Watcher watcher = watcher(site.uri("/rss.xml"));

        Watcher.Round round = watcher.runRound();
        watcher.runRound();

        assertThat(round.failedItems()).isEqualTo(1);
        assertThat(log()).contains(site.uri("/mali/report.pdf") + ": not HTML (Content-Type application/pdf)");
        assertThat(site.requestsTo("/mali/report.pdf")).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedNextRound() throws Exception {
        int[] calls = {0};
        site.serve("/mali/0.html", exchange -> {
            calls[0]++;
            if (calls[0] == 1) {
                FixtureSite.send(exchange, 503, "text/plain", "busy");
            } else {
                FixtureSite.send(exchange, 200, "text/html; charset=utf-8", Fixtures.samplePage(0));
            }
        });
        site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", List.of(mali(0, "Lavrov"))));
        Watcher watcher = watcher(site.uri("/rss.xml"));

        Watcher.Round first = watcher.runRound();
        Watcher.Round second = watcher.runRound();

        assertThat(log()).contains(site.uri("/mali/0.html") + ": HTTP 503");
        assertThat(first.failedItems()).isEqualTo(1);
        assertThat(second.unchangedFeeds()).isZero();
        assertThat(second.addedArticles()).isEqualTo(1);
        assertThat(articles()).hasSize(1);
    }
}
