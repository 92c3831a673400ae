package io.newstrace.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.newstrace.server.AnalysedCorpus.RT_ARTICLE;
import static io.newstrace.server.AnalysedCorpus.SAME_STATEMENT_ELSEWHERE;
import static io.newstrace.server.AnalysedCorpus.SPUTNIK_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON API over the analysed sample corpus, good requests and bad. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DashboardServer server;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(AnalysedCorpus.samples().reader(), AnalysedCorpus.REGISTRY,
                new DashboardServer.Options("127.0.0.1", 0, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText(null)));
        return values;
    }

    @Test
    void searchFindsAPersonsArticlesWithSnippetsAndFacets() throws Exception {
        JsonNode result = json("/api/search?q=Lavrov");

        assertThat(result.get("total").asInt()).isEqualTo(2);
        assertThat(result.get("hits")).allSatisfy(hit -> {
            assertThat(hit.get("article").asText()).matches("[0-9a-f]{16}");
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("snippet").asText()).contains("Lavrov");
        });
        assertThat(result.at("/facets/language/fr").asInt()).isEqualTo(2);

        JsonNode quoted = json("/api/search?speaker=" + encode("Abdoulaye Diop"));
        assertThat(quoted.get("total").asInt()).isEqualTo(4);
        JsonNode stateMedia = json("/api/search?q=Diop&state_affiliated=true");
        assertThat(texts(stateMedia.get("hits"), "article")).containsExactly(RT_ARTICLE);
    }

    @Test
    void anArticleComesWithItsQuotesEntitiesSourcesAndOutletFacts() throws Exception {
        JsonNode page = json("/api/articles/" + RT_ARTICLE);

        JsonNode article = page.get("article");
        assertThat(article.get("title").asText()).startsWith("Le ministre malien des Affaires étrangères salue");
        String raw = article.get("raw").asText();
        assertThat(page.get("quotes")).hasSizeGreaterThanOrEqualTo(6).allSatisfy(quote -> {
            assertThat(raw.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                    .isEqualTo(quote.get("text").asText());
        });
        assertThat(texts(page.get("quotes"), "speaker")).contains("Abdoulaye Diop");
        assertThat(page.get("mentions")).anySatisfy(mention -> {
            assertThat(mention.get("name").asText()).isEqualTo("Abdoulaye Diop");
            assertThat(raw.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo("Le chef de la diplomatie malienne");
            assertThat(mention.get("via_role").asBoolean()).isTrue();
        });
        assertThat(texts(page.get("sources"), "outlet")).contains("sputnik");
        assertThat(page.at("/outlet/state_affiliated").asBoolean()).isTrue();
        assertThat(page.at("/outlet/state_affiliation_ref").asText()).isNotBlank();
        assertThat(article.get("removed")).isNotEmpty();
    }

    @Test
    void theSameStatementInTwoArticlesLinksEachToTheOther() throws Exception {
        JsonNode interview = json("/api/articles/" + SPUTNIK_INTERVIEW);
        JsonNode relay = json("/api/articles/" + SAME_STATEMENT_ELSEWHERE);

        assertThat(interview.get("reuse")).anySatisfy(reuse -> {
            assertThat(reuse.get("kind").asText()).isEqualTo("quote");
            assertThat(reuse.get("other").asText()).isEqualTo(SAME_STATEMENT_ELSEWHERE);
        });
        assertThat(texts(relay.get("reuse"), "other")).contains(SPUTNIK_INTERVIEW);
        JsonNode graph = json("/api/graph?level=article");
        assertThat(graph.get("edges")).anySatisfy(edge -> {
            assertThat(edge.get("basis").asText()).isEqualTo("quote");
            assertThat(edge.get("attributed").asBoolean()).isFalse();
        });
        assertThat(texts(graph.get("nodes"), "id")).contains(SPUTNIK_INTERVIEW, SAME_STATEMENT_ELSEWHERE,
                "outlet:sputnik");
    }

    @Test
    void quotesAndThePagesOfAPersonAStoryAndAnOutlet() throws Exception {
        JsonNode quotes = json("/api/quotes?speaker=Diop&kind=direct");
        assertThat(quotes.get("quotes")).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.get("speaker").asText()).isEqualTo("Abdoulaye Diop");
            assertThat(quote.get("kind").asText()).isEqualTo("direct");
        });

        String diop = quotes.get("quotes").get(0).get("entity").asText();
        JsonNode person = json("/api/entities/" + diop);
        assertThat(person.at("/entity/name").asText()).isEqualTo("Abdoulaye Diop");
        assertThat(texts(person.get("co_occurring"), "name")).contains("Sergueï Lavrov");
        assertThat(person.get("articles")).hasSize(4);
        assertThat(person.get("quotes").size()).isGreaterThan(10);
        assertThat(person.at("/counts/quotes").asInt()).isEqualTo(person.get("quotes").size());
        assertThat(person.at("/counts/articles").asInt()).isEqualTo(4);

        JsonNode stories = json("/api/stories");
        assertThat(stories.get("stories")).hasSize(4);
        String shared = null;
        for (JsonNode story : stories.get("stories")) {
            JsonNode page = json("/api/stories/" + story.get("id").asText());
            if (texts(page.get("articles"), "id").contains(SPUTNIK_INTERVIEW)) {
                shared = story.get("id").asText();
                assertThat(texts(page.get("articles"), "id")).contains(SAME_STATEMENT_ELSEWHERE);
            }
        }
        assertThat(shared).isNotNull();

        JsonNode rt = json("/api/outlets/rt");
        assertThat(rt.at("/registry/state_affiliated").asBoolean()).isTrue();
        assertThat(texts(rt.get("articles"), "id")).containsExactly(RT_ARTICLE);
        assertThat(texts(rt.get("relays"), "from")).containsExactly("outlet:sputnik");
        JsonNode outletGraph = json("/api/graph");
        assertThat(outletGraph.get("edges")).singleElement().satisfies(edge ->
                assertThat(edge.get("from").asText() + ">" + edge.get("to").asText())
                        .isEqualTo("outlet:sputnik>outlet:rt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?limit=500", "/api/search?limit=abc", "/api/search?from=2021-13-01",
            "/api/search?state_affiliated=maybe", "/api/search?q=coop%C3%A9ration+AND+(", "/api/graph?level=planet",
            "/api/quotes?kind=rumour", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/entities/%3Cscript%3E",
            "/api/search?outlet=rt%27%3B+DROP+TABLE+articles"})
    void malformedParametersAnswer400WithAJsonError(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at io.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/0000000000000000", "/api/entities/per-000000000000",
            "/api/stories/story-nothing", "/api/outlets/no-such-outlet", "/api/graph?level=article&story=story-x",
            "/api/nothing-here", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"})
    void unknownIdsAndPathsAnswer404OrRefuseWithoutLeakingFiles(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body()).doesNotContain("root:").doesNotContain("Exception");
        if (path.startsWith("/api/")) {
            assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void theDashboardAndTheApiAnswerWithAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/overview")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'none'").contains("script-src 'self'")
                            .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(get("/").body()).doesNotContain("<script>").doesNotContain("onclick=");
        assertThat(json("/api/openapi.json").at("/paths/~1api~1search/get/parameters")).hasSizeGreaterThan(5);
    }

    @Test
    void anAnswerGivenBeforeAnImportIsNotGivenAgainAfterIt() throws Exception {
        Path first = AnalysedCorpus.run(List.of(AnalysedCorpus.SAMPLES.resolve("000_04b7ce6019992bc0.txt").toString()));
        try (Store store = Store.open(first)) {
            store.importRun(first, AnalysedCorpus.REGISTRY);
            try (DashboardServer own = DashboardServer.start(store.reader(), AnalysedCorpus.REGISTRY,
                    new DashboardServer.Options("127.0.0.1", 0, null))) {
                URI overview = URI.create("http://127.0.0.1:" + own.port() + "/api/overview");
                String before = HTTP.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(HTTP.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString())
                        .body()).isEqualTo(before);
                assertThat(JSON.readTree(before).path("counts").path("articles").asInt()).isEqualTo(1);

                Path all = AnalysedCorpus.run(List.of(AnalysedCorpus.SAMPLES.toString()));
                store.importRun(all, AnalysedCorpus.REGISTRY);
                String after = HTTP.send(HttpRequest.newBuilder(overview).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(JSON.readTree(after).path("counts").path("articles").asInt()).isEqualTo(5);
            }
        }
    }

    @Test
    void withATokenEveryApiCallMustCarryIt() throws Exception {
        String token = "a-secret-of-24-characters";
        try (DashboardServer guarded = DashboardServer.start(AnalysedCorpus.samples().reader(),
                AnalysedCorpus.REGISTRY, new DashboardServer.Options("127.0.0.1", 0, token))) {
            String base = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/overview"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/overview"))
                    .header(DashboardServer.TOKEN_HEADER, token + "x").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> right = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/overview"))
                    .header(DashboardServer.TOKEN_HEADER, token).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(without.body()).get("error").asText()).contains(DashboardServer.TOKEN_HEADER);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutATokenIsRefused() {
        assertThatThrownBy(() -> DashboardServer.start(AnalysedCorpus.samples().reader(), AnalysedCorpus.REGISTRY,
                new DashboardServer.Options("0.0.0.0", 0, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> new DashboardServer.Options("127.0.0.1", 0, "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 characters");
    }
}
