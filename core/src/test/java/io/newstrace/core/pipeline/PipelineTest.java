package io.newstrace.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.Samples;
import io.newstrace.core.ingest.InputLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole analyze run through its exports, as a user or another tool reads them. */
class PipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);
    private static final List<String> EXPORTS = List.of("articles.jsonl", "entities.jsonl", "quotes.jsonl",
            "sources.jsonl", "reuse.jsonl", "provenance.jsonl", "outlet_links.jsonl", "statements.jsonl");
    private static Pipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = new Pipeline(AnalyzeConfig.defaults().withThreads(2));
    }

    private static RunSummary analyze(Path out, String... inputs) throws IOException {
        return pipeline.run(List.of(inputs), NO_STDIN, out, ProgressListener.NONE);
    }

    private static List<JsonNode> articles(Path out) throws IOException {
        return lines(out, "articles.jsonl");
    }

    private static List<JsonNode> lines(Path out, String file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void theSamplesLinkTheTwoRenderingsOfDiopsSputnikInterviewAsOneStatementAndOneStory(@TempDir Path out)
            throws IOException {
        RunSummary summary = analyze(out, Samples.SAMPLE_DIR.toString());
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (JsonNode article : articles(out)) {
            String file = Path.of(article.get("input").asText()).getFileName().toString();
            ids.put(file.substring(0, 3), article.get("id").asText());
        }

        assertThat(summary.reusedPassages()).as("independent reports share no passage").isZero();
        List<JsonNode> reuse = lines(out, "reuse.jsonl");
        assertThat(reuse).singleElement().satisfies(match -> {
            assertThat(match.get("kind").asText()).isEqualTo("quote");
            assertThat(List.of(match.get("a").asText(), match.get("b").asText()))
                    .containsExactlyInAnyOrder(ids.get("003"), ids.get("004"));
        });
        List<JsonNode> stories = lines(out, "stories.jsonl");
        assertThat(stories).hasSize(4);
        assertThat(stories).filteredOn(story -> story.get("articles").size() == 2).singleElement()
                .satisfies(story -> assertThat(story.get("articles").toString()).contains(ids.get("003"), ids.get("004")));
        assertThat(lines(out, "statements.jsonl")).singleElement()
                .satisfies(statement -> assertThat(statement.get("cited_outlets").toString()).contains("sputnik"));
        assertThat(lines(out, "provenance.jsonl")).filteredOn(e -> e.get("basis").asText().equals("quote"))
                .singleElement().satisfies(edge -> assertThat(edge.get("attributed").asBoolean()).isFalse());
    }

    /**
     * RT's report on the Bolivia protest deaths (a labelled page, from scrapinghub's article-extraction benchmark),
     * as published on rt.com, then the next day by a site that copies it without a word and by one that credits RT.
     */
    private static Path relays(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(Samples.PAGES_DIR.resolve("en-rt-bolivia-protest-deaths.json").toFile());
        List<String> body = new ArrayList<>();
        truth.get("body").forEach(line -> body.add(line.asText()));
        String text = String.join("\n\n", body);
        StringBuilder jsonl = new StringBuilder();
        for (String[] copy : List.of(
                new String[] {"rt-original", "https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/",
                        "2019-11-20", text},
                new String[] {"silent-relay", "https://news-relay.example/bolivia-deaths", "2019-11-21", text},
                new String[] {"credited-relay", "https://other-relay.example/bolivia", "2019-11-21",
                        text + "\n\nSource : RT"})) {
            jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", copy[0], "url", copy[1], "published",
                    copy[2], "title", truth.get("title").asText(), "text", copy[3]))).append('\n');
        }
        return Files.writeString(dir.resolve("relays.jsonl"), jsonl, StandardCharsets.UTF_8);
    }

    @Test
    void aStateMediaReportCopiedWithoutCreditIsAnUnattributedRelayAndACreditedCopyIsAttributed(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");
        RunSummary summary = analyze(out, relays(dir).toString());

        assertThat(summary.duplicates()).as("the same text at another address is a relay").isZero();
        assertThat(summary.articles()).isEqualTo(3);
        List<JsonNode> reuse = lines(out, "reuse.jsonl");
        assertThat(reuse).filteredOn(r -> r.get("kind").asText().equals("passage")).hasSize(3)
                .allMatch(r -> r.get("score").asDouble() == 1.0);
        JsonNode original = articles(out).get(0);
        JsonNode passage = reuse.stream().filter(r -> r.get("a").asText().equals("credited-relay")
                && r.get("b").asText().equals("rt-original")).findFirst().orElseThrow();
        assertThat(original.get("raw").asText().substring(passage.get("b_start").asInt(), passage.get("b_end").asInt()))
                .startsWith("Three people have died").endsWith(body(original));
        List<JsonNode> edges = lines(out, "provenance.jsonl");
        assertThat(edges).filteredOn(e -> e.get("from").asText().equals("rt-original")
                        && e.get("basis").asText().equals("reuse"))
                .extracting(e -> e.get("to").asText() + " " + e.get("attributed").asBoolean() + " "
                        + e.get("ordered").asBoolean())
                .containsExactlyInAnyOrder("silent-relay false true", "credited-relay true true");
        assertThat(lines(out, "outlet_links.jsonl")).anySatisfy(link -> {
            assertThat(link.get("from").asText()).isEqualTo("outlet:rt");
            assertThat(link.get("to").asText()).isEqualTo("domain:news-relay.example");
            assertThat(link.get("unattributed").asInt()).as("the passage and a quote").isEqualTo(2);
        });
        assertThat(JSON.readTree(out.resolve("run.json").toFile()).path("config").path("reuse").path("shingle_words")
                .asInt()).isEqualTo(5);
    }

    /** The last word of an article's last paragraph. */
    private static String body(JsonNode article) {
        JsonNode last = article.get("paragraphs").get(article.get("paragraphs").size() - 1);
        String paragraph = article.get("raw").asText().substring(last.get("start").asInt(), last.get("end").asInt());
        String[] words = paragraph.split("[^\\p{L}\\p{N}]+");
        return words[words.length - 1];
    }

    @Test
    void sampleCorpusExportsFiveFrenchArticlesWithTrueOffsets(@TempDir Path out) throws IOException {
        RunSummary summary = analyze(out, Samples.SAMPLE_DIR.toString());
        assertThat(summary.articles()).isEqualTo(5);
        assertThat(summary.errors()).isZero();
        List<JsonNode> articles = articles(out);
        assertThat(articles).hasSize(5);
        for (JsonNode article : articles) {
            String raw = article.get("raw").asText();
            assertThat(article.get("language").asText()).isEqualTo("fr");
            assertThat(article.get("id").asText()).matches("[0-9a-f]{16}");
            assertThat(article.get("input").asText()).startsWith(Samples.SAMPLE_DIR + "/");
            StringBuilder text = new StringBuilder();
            for (JsonNode paragraph : article.get("paragraphs")) {
                String slice = raw.substring(paragraph.get("start").asInt(), paragraph.get("end").asInt());
                text.append(text.isEmpty() ? "" : "\n\n").append(slice);
            }
            assertThat(article.get("text").asText()).isEqualTo(text.toString());
            for (JsonNode removed : article.get("removed")) {
                assertThat(raw.substring(removed.get("start").asInt(), removed.get("end").asInt())).isNotBlank();
                assertThat(removed.get("reason").asText()).matches("[a-z_]+");
            }
        }
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertThat(run.get("format").asText()).isEqualTo("newstrace/1");
        assertThat(run.get("counts").get("articles").asInt()).isEqualTo(5);
        assertThat(run.get("errors")).isEmpty();
        assertThat(run.get("config").get("clean").get("min_template_documents").asInt()).isEqualTo(3);
    }

    /** Quotes and entities point into their articles' raw text and at each other. */
    @Test
    void quotesAndEntitiesAreExportedWithTrueOffsets(@TempDir Path out) throws IOException {
        RunSummary summary = analyze(out, Samples.SAMPLE_DIR.toString());
        java.util.Map<String, String> raws = new java.util.HashMap<>();
        for (JsonNode article : articles(out)) {
            raws.put(article.get("id").asText(), article.get("raw").asText());
        }
        List<String> quoteLines = Files.readAllLines(out.resolve("quotes.jsonl"), StandardCharsets.UTF_8);
        List<String> entityLines = Files.readAllLines(out.resolve("entities.jsonl"), StandardCharsets.UTF_8);
        assertThat(quoteLines).hasSize((int) summary.quotes()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(entityLines).hasSize((int) summary.entities());
        java.util.Set<String> entityIds = new java.util.HashSet<>();
        JsonNode diop = null;
        for (String line : entityLines) {
            JsonNode entity = JSON.readTree(line);
            entityIds.add(entity.get("id").asText());
            for (JsonNode mention : entity.get("mentions")) {
                if (mention.has("via")) {
                    continue; // a role phrase, not a form of the name
                }
                String raw = raws.get(mention.get("article").asText());
                String text = raw.substring(mention.get("start").asInt(), mention.get("end").asInt());
                assertThat(entity.get("name").asText().endsWith(text) || text.equals(entity.get("name").asText())
                        || containsAlias(entity, text)).as("mention %s of %s", text, entity).isTrue();
            }
            if (entity.get("name").asText().equals("Abdoulaye Diop")) {
                diop = entity;
            }
        }
        assertThat(diop).isNotNull();
        assertThat(diop.get("mentions").size()).isGreaterThanOrEqualTo(10);
        int attributedToDiop = 0;
        for (String line : quoteLines) {
            JsonNode quote = JSON.readTree(line);
            String raw = raws.get(quote.get("article").asText());
            assertThat(raw.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                    .isEqualTo(quote.get("text").asText());
            JsonNode speaker = quote.get("speaker");
            if (!speaker.isNull() && !speaker.get("entity").isNull()) {
                assertThat(entityIds).contains(speaker.get("entity").asText());
                if (speaker.get("entity").asText().equals(diop.get("id").asText())) {
                    attributedToDiop++;
                }
            }
        }
        assertThat(attributedToDiop).isGreaterThanOrEqualTo(15);
    }

    /** An article that quotes a paragraph in another language says so on that paragraph. */
    @Test
    void aParagraphInAnotherLanguageIsMarked(@TempDir Path dir) throws IOException {
        String text = "Le Mali renforce sa coopération militaire avec la Russie\n\n"
                + "Le ministre malien des Affaires étrangères a salué mercredi les résultats de la coopération "
                + "sécuritaire avec Moscou, lors d'une conférence de presse donnée dans la capitale russe.\n\n"
                + "Sur les réseaux sociaux, l'ambassade des États-Unis a publié un message que nous reproduisons "
                + "tel quel, sans le traduire, comme il a été diffusé mardi soir.\n\n"
                + "We remain deeply concerned about the presence of foreign mercenaries in Mali and call on the "
                + "transitional authorities to respect their commitments to the people of Mali.\n\n"
                + "Bamako n'a pas réagi à ce message dans l'immédiat, selon les informations recueillies sur place.";
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, JSON.writeValueAsString(java.util.Map.of("id", "mixed", "text", text)) + "\n",
                StandardCharsets.UTF_8);
        analyze(dir.resolve("out"), input.toString());
        JsonNode article = articles(dir.resolve("out")).get(0);
        assertThat(article.get("language").asText()).isEqualTo("fr");
        List<String> marked = new ArrayList<>();
        for (JsonNode paragraph : article.get("paragraphs")) {
            if (paragraph.has("language")) {
                marked.add(paragraph.get("language").asText() + ":" + article.get("raw").asText()
                        .substring(paragraph.get("start").asInt(), paragraph.get("start").asInt() + 20));
            }
        }
        assertThat(marked).containsExactly("en:We remain deeply con");
    }

    private static boolean containsAlias(JsonNode entity, String text) {
        for (JsonNode alias : entity.get("aliases")) {
            if (alias.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void twoRunsGiveByteIdenticalArticlesWhateverTheThreadCount(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        analyze(first, Samples.SAMPLE_DIR.toString());
        new Pipeline(AnalyzeConfig.defaults().withThreads(1))
                .run(List.of(Samples.SAMPLE_DIR.toString()), NO_STDIN, second, ProgressListener.NONE);
        for (String file : EXPORTS) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void csvTablesAndTheGephiGraphHoldTheSameRecordsAsTheJsonLines(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        analyze(out, Samples.SAMPLE_DIR.toString(), relays(dir).toString());

        for (String table : List.of("articles", "quotes", "entities", "sources", "reuse")) {
            byte[] bytes = Files.readAllBytes(out.resolve(table + ".csv"));
            assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).as(table).isEqualTo("\uFEFF");
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))) {
                List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
                assertThat(rows).as(table).hasSize(lines(out, table + ".jsonl").size());
                if (table.equals("quotes")) {
                    JsonNode first = lines(out, "quotes.jsonl").get(0);
                    assertThat(rows.get(0).get("text")).isEqualTo(first.get("text").asText());
                }
            }
        }
        String rt = articles(out).stream().filter(a -> a.path("outlet").path("registry").asText().equals("rt"))
                .findFirst().orElseThrow().get("id").asText();
        assertThat(Files.readString(out.resolve("articles.csv"))).contains(rt + ",");

        var gexf = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("graph.gexf").toFile());
        var nodes = gexf.getElementsByTagName("node");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(ids).contains(rt, "outlet:sputnik", "silent-relay");
        var edges = gexf.getElementsByTagName("edge");
        assertThat(edges.getLength()).isEqualTo(lines(out, "provenance.jsonl").size()
                + lines(out, "outlet_links.jsonl").size());
        for (int i = 0; i < edges.getLength(); i++) {
            org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        }
    }

    @Test
    void theReportShowsWhoIsQuotedAndEscapesWhatPagesSay(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, JSON.writeValueAsString(java.util.Map.of("id", "hostile", "title",
                "<script>alert(1)</script> Le Mali et la Russie", "text", Files.readString(Samples.sampleFiles()
                        .get(3), StandardCharsets.UTF_8).replace("Mali :", "<img src=x onerror=alert(2)> Mali :")))
                + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        analyze(out, Samples.SAMPLE_DIR.toString(), input.toString());

        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("<h2>Most quoted people</h2>", "Abdoulaye Diop", "Sputnik", "<svg")
                .doesNotContain("<script", "<img", "http://", "https://")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Le Mali");
    }

    @Test
    void aSecondRunIntoTheSameDirectoryAddsToItAndEqualsOneRunOverEverything(@TempDir Path dir) throws IOException {
        List<Path> samples = Samples.sampleFiles();
        Path grown = dir.resolve("grown");
        analyze(grown, samples.get(0).toString(), samples.get(3).toString());
        RunSummary second = analyze(grown, Samples.SAMPLE_DIR.toString());
        Path whole = dir.resolve("whole");
        analyze(whole, samples.get(0).toString(), samples.get(3).toString(), Samples.SAMPLE_DIR.toString());

        assertThat(second.previousArticles()).isEqualTo(2);
        assertThat(second.articles()).isEqualTo(5);
        assertThat(second.duplicates()).isEqualTo(2);
        for (String file : EXPORTS) {
            assertThat(Files.readAllBytes(grown.resolve(file))).as(file).isEqualTo(Files.readAllBytes(whole.resolve(file)));
        }
        // The same inputs again change nothing: articles read twice (from the earlier run and from the inputs)
        // count once in the corpus profile too, or their every line would look like a site's template.
        analyze(grown, samples.get(0).toString(), samples.get(3).toString(), Samples.SAMPLE_DIR.toString());
        for (String file : EXPORTS) {
            assertThat(Files.readString(grown.resolve(file))).as(file).isEqualTo(Files.readString(whole.resolve(file)));
        }

        RunSummary fresh = new Pipeline(new AnalyzeConfig(2, AnalyzeConfig.defaults().languages(),
                AnalyzeConfig.defaults().clean(), InputLimits.DEFAULT, AnalyzeConfig.DEFAULT_DOCUMENT_TIMEOUT, List.of(),
                AnalyzeConfig.defaults().reuse(), false, AnalyzeConfig.defaults().stories()))
                .run(List.of(samples.get(1).toString()), NO_STDIN, grown, ProgressListener.NONE);
        assertThat(fresh.previousArticles()).isZero();
        assertThat(articles(grown)).hasSize(1);
    }

    /** More documents than one batch: batches are analysed while the next is read, and written in input order. */
    @Test
    void largeInputsKeepInputOrderAcrossBatches(@TempDir Path dir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Path sample : Samples.sampleFiles()) {
            for (String block : Files.readString(sample, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                if (block.strip().length() > 200) {
                    paragraphs.add(block.strip());
                }
            }
        }
        StringBuilder jsonl = new StringBuilder();
        int documents = 300;
        for (int i = 0; i < documents; i++) {
            String text = paragraphs.get(i % paragraphs.size()) + "\n\n" + paragraphs.get((i * 7 + 3) % paragraphs.size());
            jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", "doc-" + i, "text", text))).append('\n');
        }
        Path input = dir.resolve("many.jsonl");
        Files.writeString(input, jsonl, StandardCharsets.UTF_8);
        Path twoThreads = dir.resolve("two");
        Path oneThread = dir.resolve("one");

        RunSummary summary = analyze(twoThreads, input.toString());
        new Pipeline(AnalyzeConfig.defaults().withThreads(1))
                .run(List.of(input.toString()), NO_STDIN, oneThread, ProgressListener.NONE);

        List<JsonNode> articles = articles(twoThreads);
        assertThat(summary.articles() + summary.duplicates()).isEqualTo(documents);
        List<Integer> order = articles.stream().map(a -> Integer.parseInt(a.get("id").asText().substring(4))).toList();
        assertThat(order).isSorted().hasSize((int) summary.articles());
        for (String file : EXPORTS) {
            assertThat(Files.readAllBytes(oneThread.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(twoThreads.resolve(file)));
        }
        assertThat(summary.reusedPassages()).as("documents built from shared paragraphs").isPositive();
    }

    @Test
    void badInputsAreReportedByNameAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.SAMPLE_DIR.resolve("002_51550717d16b70a1.txt"), inputs.resolve("a-good.txt"));
        Files.write(inputs.resolve("b-empty.txt"), new byte[0]);
        Files.write(inputs.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});
        Files.writeString(inputs.resolve("d-lines.jsonl"), """
                {"id": "x1", "text": "Le président malien a reçu mardi à Bamako une délégation russe conduite par le vice-ministre de la Défense, selon un communiqué de la présidence."}
                {"id": "x2", "text": 
                {"id": "x3", "title": "no body"}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        RunSummary summary = analyze(out, inputs.toString(), dir.resolve("missing.txt").toString());

        assertThat(summary.articles()).isEqualTo(2);
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        List<String> errors = new ArrayList<>();
        run.get("errors").forEach(e -> errors.add(e.get("input").asText() + " | " + e.get("message").asText()));
        assertThat(errors).containsExactly(
                dir.resolve("missing.txt") + " | no such file or directory",
                inputs + "/b-empty.txt | empty file",
                inputs + "/c-binary.txt | binary content, not text",
                inputs + "/d-lines.jsonl:2 | " + errors.get(3).substring(errors.get(3).indexOf("malformed JSON")),
                inputs + "/d-lines.jsonl:3 | no \"text\" or \"html\" field");
        assertThat(errors.get(3)).contains("malformed JSON");
        assertThat(articles(out)).extracting(a -> a.get("id").asText()).contains("x1");
    }

    @Test
    void exactDuplicatesAreSkippedWithAWarningAndIdsStayUnique(@TempDir Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path sample = Samples.SAMPLE_DIR.resolve("003_c0426905f188866c.txt");
        Files.copy(sample, inputs.resolve("one.txt"));
        Files.copy(sample, inputs.resolve("two.txt"));
        RunSummary summary = analyze(dir.resolve("out"), inputs.toString());
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("duplicate of article "));
    }

    @Test
    void windows1252InputIsDecodedAndReportedAsAWarning(@TempDir Path dir) throws IOException {
        String text = Samples.read(Samples.SAMPLE_DIR.resolve("004_24a99d11104780b5.txt"));
        Path file = dir.resolve("cp1252.txt");
        Files.write(file, text.replace('\u2022', '-').getBytes("windows-1252"));
        RunSummary summary = analyze(dir.resolve("out"), file.toString());
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("windows-1252"));
        assertThat(articles(dir.resolve("out")).get(0).get("title").asText())
                .isEqualTo("Le Mali veut commander de nouvelles armes à la Russie");
    }

    @Test
    void jsonLinesFieldsBecomeArticleMetadata(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"id\": \"ap-1\", \"url\": \"https://www.example-news.org/world/ap-1\", "
                + "\"title\": \"Talks resume in Geneva\", \"published\": \"2024-03-12T08:30:00Z\", "
                + "\"text\": \"Talks resume in Geneva\\n\\nNegotiators from both sides returned to Geneva on Tuesday "
                + "for a third round of talks, officials said, after a two-week pause that followed a dispute over "
                + "the agenda.\\n\\nShare this article\"}\n", StandardCharsets.UTF_8);
        analyze(dir.resolve("out"), file.toString());
        JsonNode article = articles(dir.resolve("out")).get(0);
        assertThat(article.get("id").asText()).isEqualTo("ap-1");
        assertThat(article.get("input").asText()).isEqualTo(file + ":1");
        assertThat(article.get("title").asText()).isEqualTo("Talks resume in Geneva");
        assertThat(article.get("published").asText()).isEqualTo("2024-03-12");
        assertThat(article.get("outlet").get("domain").asText()).isEqualTo("example-news.org");
        assertThat(article.get("language").asText()).isEqualTo("en");
        assertThat(article.get("paragraphs")).hasSize(1);
        assertThat(article.get("removed").get(0).get("reason").asText()).isEqualTo("share");
    }

    @Test
    void aDocumentOverTheTimeoutIsReportedAndSkippedAndTheRunGoesOn(@TempDir Path out) throws IOException {
        Pipeline impatient = new Pipeline(AnalyzeConfig.defaults().withThreads(2)
                .withLimits(InputLimits.DEFAULT, java.time.Duration.ofNanos(1)));

        RunSummary summary = impatient.run(List.of(Samples.SAMPLE_DIR.toString()), NO_STDIN, out,
                ProgressListener.NONE);

        assertThat(summary.articles()).isZero();
        assertThat(summary.problems()).filteredOn(Problem::error).hasSize(5).allSatisfy(problem -> {
            assertThat(problem.input()).endsWith(".txt");
            assertThat(problem.message()).isEqualTo("analysis took longer than the document timeout of 0.0 s; skipped");
        });
        assertThat(out.resolve("run.json")).exists();
    }

    @Test
    void anArticleWhoseLanguageCannotBeToldIsAnalysedWithAllWordLists(@TempDir Path dir) throws IOException {
        // An item whose body, a time, tells no language: the article is analysed, with no error.
        Path input = dir.resolve("results.jsonl");
        Files.writeString(input, JSON.writeValueAsString(java.util.Map.of("id", "result", "title", "12 - 3",
                "text", "2:04:11")) + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        RunSummary summary = analyze(out, input.toString());
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(summary.errors()).isZero();
        assertThat(articles(out).get(0).get("language").isNull()).isTrue();
    }
}
