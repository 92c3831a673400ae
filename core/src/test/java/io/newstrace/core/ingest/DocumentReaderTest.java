package io.newstrace.core.ingest;

import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {
    static final long LIMIT = 1 << 20;

    static final String ARTICLE = """
            Mali : la junte annonce le report de l’élection présidentielle

            Bamako, 25 septembre (AFP) – Les autorités de transition ont annoncé lundi le report \
            de l’élection présidentielle prévue en février, invoquant des « raisons techniques ».
            """;

    @TempDir
    Path dir;

    List<IngestEvent> read(InputSource source) {
        return read(source, LIMIT);
    }

    static List<IngestEvent> read(InputSource source, long limit) {
        List<IngestEvent> events = new ArrayList<>();
        new DocumentReader(InputLimits.DEFAULT.withMaxDocumentBytes(limit)).read(source, events::add);
        return events;
    }

    InputSource file(String name, InputFormat format, String content) throws IOException {
        return file(name, format, content.getBytes(StandardCharsets.UTF_8));
    }

    InputSource file(String name, InputFormat format, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return new InputSource("in/" + name, path, format);
    }

    static List<Document> documents(List<IngestEvent> events) {
        return events.stream().filter(IngestEvent.Read.class::isInstance)
                .map(event -> ((IngestEvent.Read) event).document()).toList();
    }

    static List<IngestEvent.Failed> failures(List<IngestEvent> events) {
        return events.stream().filter(IngestEvent.Failed.class::isInstance)
                .map(IngestEvent.Failed.class::cast).toList();
    }

    static String jsonl(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    // ---- text files ----

    @Test
    void textFileIsOneDocument() throws IOException {
        List<IngestEvent> events = read(file("mali.txt", InputFormat.TEXT, ARTICLE));

        assertThat(events).containsExactly(new IngestEvent.Read(
                new Document(null, "in/mali.txt", "text", ARTICLE, DocumentHints.NONE)));
    }

    @Test
    void textFileWithBomIsReadWithoutIt() throws IOException {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);

        List<IngestEvent> events = read(file("mali.txt", InputFormat.TEXT, bytes));

        assertThat(documents(events)).singleElement().extracting(Document::raw).isEqualTo(ARTICLE);
    }

    @Test
    void windows1252TextFileIsReadWithAWarningFirst() throws IOException {
        List<IngestEvent> events = read(file("ancien.txt", InputFormat.TEXT,
                ARTICLE.getBytes(Charset.forName("windows-1252"))));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(IngestEvent.Warned.class, warned -> {
            assertThat(warned.input()).isEqualTo("in/ancien.txt");
            assertThat(warned.message()).startsWith("not valid UTF-8; decoded as windows-1252");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(IngestEvent.Read.class,
                read -> assertThat(read.document().raw()).isEqualTo(ARTICLE));
    }

    @Test
    void emptyTextFileFails() throws IOException {
        assertThat(read(file("vide.txt", InputFormat.TEXT, "")))
                .containsExactly(new IngestEvent.Failed("in/vide.txt", "empty file"));
    }

    @Test
    void whitespaceOnlyTextFileFails() throws IOException {
        assertThat(read(file("blanc.txt", InputFormat.TEXT, " \n\t\r\n  \n")))
                .containsExactly(new IngestEvent.Failed("in/blanc.txt", "no text (only white space)"));
    }

    @Test
    void binaryFileNamedTxtFails() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThat(read(file("photo.txt", InputFormat.TEXT, png)))
                .containsExactly(new IngestEvent.Failed("in/photo.txt", "binary content, not text"));
    }

    @Test
    void fileOverTheSizeLimitFails() throws IOException {
        InputSource source = file("long.txt", InputFormat.TEXT, "Une phrase de trente octets..\n");

        assertThat(read(source, 20))
                .containsExactly(new IngestEvent.Failed("in/long.txt", "too large: 30 bytes, the limit is 20"));
        assertThat(documents(read(source, 30))).hasSize(1);
    }

    @Test
    void missingFileFailsWithCannotRead() {
        InputSource source = new InputSource("in/disparu.txt", dir.resolve("disparu.txt"), InputFormat.TEXT);

        assertThat(read(source)).singleElement().isInstanceOfSatisfying(IngestEvent.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo("in/disparu.txt");
            assertThat(failed.message()).startsWith("cannot read: ").contains("disparu.txt");
        });
    }

    // ---- HTML files ----

    @Test
    void htmlFileIsRenderedWithHintsFromThePage() throws IOException {
        String html = HtmlTextTest.resource("fr-inondations-article.html");

        List<IngestEvent> events = read(file("page.html", InputFormat.HTML, html));

        assertThat(documents(events)).singleElement().satisfies(document -> {
            assertThat(document.id()).isNull();
            assertThat(document.input()).isEqualTo("in/page.html");
            assertThat(document.format()).isEqualTo("html");
            assertThat(document.raw()).isEqualTo(HtmlText.render(html).text())
                    .contains("Le gouvernement a reconnu mardi l’état de catastrophe naturelle")
                    .doesNotContain("<p>");
            assertThat(document.hints().author()).isEqualTo("Claire Dumont");
            assertThat(document.hints().outlet()).isEqualTo("La Voix du Littoral");
            assertThat(document.hints().language()).isEqualTo("fr");
        });
    }

    @Test
    void htmlFileWithoutVisibleTextFails() throws IOException {
        String html = "<html><head><title>Accueil</title></head><body><script>init()</script></body></html>";

        assertThat(read(file("vide.html", InputFormat.HTML, html)))
                .containsExactly(new IngestEvent.Failed("in/vide.html", "no visible text in the HTML"));
    }

    // ---- JSON lines ----

    @Test
    void jsonLinesGiveOneDocumentPerLineWithAllFields() throws IOException {
        String content = jsonl(
                "{\"id\":\"afp-2023-0925-01\",\"text\":\"Les autorités de transition ont annoncé lundi le report de la présidentielle.\","
                        + "\"title\":\"Mali : report de la présidentielle\",\"url\":\"https://www.example.fr/afrique/mali-report\","
                        + "\"published\":\"2023-09-25\",\"outlet\":\"Le Monde Afrique\",\"author\":\"Morgane Le Cam\",\"language\":\"fr\"}",
                "{\"text\":\"The Senate adjourned plenary until Tuesday.\",\"outlet\":\"Paradigm\"}");

        List<Document> documents = documents(read(file("lot.jsonl", InputFormat.JSONL, content)));

        assertThat(documents).containsExactly(
                new Document("afp-2023-0925-01", "in/lot.jsonl:1", "jsonl",
                        "Les autorités de transition ont annoncé lundi le report de la présidentielle.",
                        new DocumentHints("Mali : report de la présidentielle", "https://www.example.fr/afrique/mali-report",
                                "2023-09-25", "Le Monde Afrique", "Morgane Le Cam", "fr")),
                new Document(null, "in/lot.jsonl:2", "jsonl", "The Senate adjourned plenary until Tuesday.",
                        new DocumentHints(null, null, null, "Paradigm", null, null)));
    }

    @Test
    void htmlFieldIsRenderedAndGivenFieldsWinOverPageMetadata() throws IOException {
        String content = jsonl("{\"html\":\"<html lang=\\\"en\\\"><head><meta property=\\\"og:title\\\" content=\\\"Page title\\\">"
                + "<meta name=\\\"author\\\" content=\\\"Jane Doe\\\"></head><body><nav>Home</nav>"
                + "<p>Oil prices fell for a third straight session.</p><script>x()</script></body></html>\","
                + "\"title\":\"Oil slides again\",\"outlet\":\"Reuters\"}");

        List<Document> documents = documents(read(file("pages.jsonl", InputFormat.JSONL, content)));

        assertThat(documents).containsExactly(new Document(null, "in/pages.jsonl:1", "html",
                "Home\n\nOil prices fell for a third straight session.\n",
                new DocumentHints("Oil slides again", null, null, "Reuters", "Jane Doe", "en")));
    }

    @Test
    void textWinsWhenBothTextAndHtmlAreGiven() throws IOException {
        String content = jsonl("{\"text\":\"Texte brut de l’article.\",\"html\":\"<p>Version HTML</p>\"}");

        assertThat(documents(read(file("deux.jsonl", InputFormat.JSONL, content))))
                .singleElement().satisfies(document -> {
                    assertThat(document.format()).isEqualTo("jsonl");
                    assertThat(document.raw()).isEqualTo("Texte brut de l’article.");
                });
    }

    @Test
    void malformedLineFailsNamingFileAndLineAndOtherLinesAreRead() throws IOException {
        String content = jsonl(
                "{\"text\":\"Le Premier ministre a présenté sa démission.\"}",
                "{\"text\":\"Le texte est tronqué",
                "{\"text\":\"Les députés ont adopté le budget en première lecture.\"}");

        List<IngestEvent> events = read(file("lot.jsonl", InputFormat.JSONL, content));

        assertThat(events).hasSize(3);
        assertThat(documents(events)).extracting(Document::input).containsExactly("in/lot.jsonl:1", "in/lot.jsonl:3");
        assertThat(events.get(1)).isInstanceOfSatisfying(IngestEvent.Failed.class, failed -> {
            assertThat(failed.input()).isEqualTo("in/lot.jsonl:2");
            assertThat(failed.message()).startsWith("malformed JSON: ");
        });
    }

    @Test
    void nonObjectLineFails() throws IOException {
        String content = jsonl("[\"Le Monde\", \"Libération\"]", "\"une chaîne\"", "null");

        assertThat(read(file("lot.jsonl", InputFormat.JSONL, content))).containsExactly(
                new IngestEvent.Failed("in/lot.jsonl:1", "expected a JSON object, found array"),
                new IngestEvent.Failed("in/lot.jsonl:2", "expected a JSON object, found string"),
                new IngestEvent.Failed("in/lot.jsonl:3", "expected a JSON object, found null"));
    }

    @Test
    void wrongFieldTypesFailWithTheFieldName() throws IOException {
        String content = jsonl(
                "{\"text\":\"La Bourse de Paris a clôturé en hausse.\",\"title\":5}",
                "{\"text\":\"La Bourse de Paris a clôturé en hausse.\",\"url\":true}",
                "{\"text\":[\"paragraphe 1\",\"paragraphe 2\"]}",
                "{\"html\":{\"body\":\"<p>x</p>\"}}",
                "{\"text\":\"La Bourse de Paris a clôturé en hausse.\",\"published\":20231114}");

        assertThat(read(file("types.jsonl", InputFormat.JSONL, content))).containsExactly(
                new IngestEvent.Failed("in/types.jsonl:1", "field \"title\" must be a string, found number"),
                new IngestEvent.Failed("in/types.jsonl:2", "field \"url\" must be a string, found boolean"),
                new IngestEvent.Failed("in/types.jsonl:3", "field \"text\" must be a string, found array"),
                new IngestEvent.Failed("in/types.jsonl:4", "field \"html\" must be a string, found object"),
                new IngestEvent.Failed("in/types.jsonl:5", "field \"published\" must be a string, found number"));
    }

    @Test
    void lineWithNeitherTextNorHtmlFails() throws IOException {
        String content = jsonl(
                "{\"title\":\"Séisme au Népal\",\"url\":\"https://www.example.fr/monde/nepal-seisme\"}",
                "{\"text\":null,\"html\":null}");

        assertThat(read(file("sans-texte.jsonl", InputFormat.JSONL, content))).containsExactly(
                new IngestEvent.Failed("in/sans-texte.jsonl:1", "no \"text\" or \"html\" field"),
                new IngestEvent.Failed("in/sans-texte.jsonl:2", "no \"text\" or \"html\" field"));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayTrue() throws IOException {
        String content = "\n"
                + "{\"text\":\"Hong Kong’s leader defended the security law.\"}\r\n"
                + "   \t \n"
                + "\r\n"
                + "{\"text\":\"Protesters gathered in Causeway Bay on Sunday.\"}"; // no final newline

        List<IngestEvent> events = read(file("hk.jsonl", InputFormat.JSONL, content));

        assertThat(failures(events)).isEmpty();
        assertThat(documents(events)).extracting(Document::input, Document::raw).containsExactly(
                org.assertj.core.groups.Tuple.tuple("in/hk.jsonl:2", "Hong Kong’s leader defended the security law."),
                org.assertj.core.groups.Tuple.tuple("in/hk.jsonl:5", "Protesters gathered in Causeway Bay on Sunday."));
    }

    @Test
    void whitespaceOnlyTextFieldIsReportedAsEmpty() throws IOException {
        assertThat(read(file("blanc.jsonl", InputFormat.JSONL, jsonl("{\"text\":\"  \\n \"}"))))
                .containsExactly(new IngestEvent.Failed("in/blanc.jsonl:1",
                        "\"text\" and \"html\" hold only white space"));
    }

    @Test
    void invalidUtf8LineFailsWithItsNumberAndOtherLinesAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\":\"Le président a déclaré l’état d’urgence.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"text\":\"Le président a déclaré l’état d’urgence.\"}\n".getBytes(Charset.forName("windows-1252")));
        bytes.writeBytes("{\"text\":\"Fin de la dépêche.\"}\n".getBytes(StandardCharsets.UTF_8));

        List<IngestEvent> events = read(file("mixte.jsonl", InputFormat.JSONL, bytes.toByteArray()));

        assertThat(failures(events)).containsExactly(
                new IngestEvent.Failed("in/mixte.jsonl:2", "invalid UTF-8 (JSON lines must be UTF-8)"));
        assertThat(documents(events)).extracting(Document::input)
                .containsExactly("in/mixte.jsonl:1", "in/mixte.jsonl:3");
    }

    @Test
    void bomOnFirstLineIsIgnored() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(jsonl("{\"text\":\"Les cours sont suspendus à Paris 8.\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(documents(read(file("bom.jsonl", InputFormat.JSONL, bytes.toByteArray()))))
                .extracting(Document::raw).containsExactly("Les cours sont suspendus à Paris 8.");
    }

    @Test
    void lineOverTheLimitFailsAndTheNextLineIsStillRead() throws IOException {
        String longLine = "{\"text\":\"" + "Le marché du merlu s’effondre. ".repeat(5) + "\"}";
        String shortLine = "{\"text\":\"Bref.\"}";
        InputSource source = file("long.jsonl", InputFormat.JSONL, jsonl(longLine, shortLine));

        List<IngestEvent> events = read(source, 60);

        assertThat(events).containsExactly(
                new IngestEvent.Failed("in/long.jsonl:1", "line longer than 60 bytes"),
                new IngestEvent.Read(new Document(null, "in/long.jsonl:2", "jsonl", "Bref.", DocumentHints.NONE)));
    }

    @Test
    void givenIdsAreKeptAndIntegerIdsBecomeStrings() throws IOException {
        String content = jsonl(
                "{\"id\":\"lemonde:2024-03-05.42\",\"text\":\"Premier article.\"}",
                "{\"id\":1234567,\"text\":\"Deuxième article.\"}",
                "{\"id\":\"  \",\"text\":\"Troisième article.\"}");

        assertThat(documents(read(file("ids.jsonl", InputFormat.JSONL, content))))
                .extracting(Document::id).containsExactly("lemonde:2024-03-05.42", "1234567", null);
    }

    @Test
    void invalidIdsFail() throws IOException {
        String content = jsonl(
                "{\"id\":\"articles/2024 mars\",\"text\":\"Premier article.\"}",
                "{\"id\":\"" + "a".repeat(129) + "\",\"text\":\"Deuxième article.\"}",
                "{\"id\":4.5,\"text\":\"Troisième article.\"}",
                "{\"id\":\"" + "a".repeat(128) + "\",\"text\":\"Quatrième article.\"}");

        List<IngestEvent> events = read(file("ids.jsonl", InputFormat.JSONL, content));

        String idRule = "field \"id\" must be 1 to 128 characters of A-Z a-z 0-9 . _ : -";
        assertThat(failures(events)).containsExactly(
                new IngestEvent.Failed("in/ids.jsonl:1", idRule),
                new IngestEvent.Failed("in/ids.jsonl:2", idRule),
                new IngestEvent.Failed("in/ids.jsonl:3", "field \"id\" must be a string, found number"));
        assertThat(documents(events)).extracting(Document::input).containsExactly("in/ids.jsonl:4");
    }

    @Test
    void absentIdIsLeftToThePipelineWhoseContentHashIsStable() throws IOException {
        String content = jsonl(
                "{\"text\":\"Le Premier ministre a présenté sa démission.\"}",
                "{\"text\":\"Les députés ont adopté le budget.\"}");
        InputSource source = file("sans-id.jsonl", InputFormat.JSONL, content);

        List<Document> first = documents(read(source));
        List<Document> second = documents(read(source));

        assertThat(first).extracting(Document::id).containsExactly(null, null);
        assertThat(second).isEqualTo(first);
        List<String> ids = first.stream().map(d -> Pipeline.contentId(d.raw())).toList();
        assertThat(second.stream().map(d -> Pipeline.contentId(d.raw())).toList()).isEqualTo(ids);
        assertThat(ids.get(0)).matches("[0-9a-f]{16}").isNotEqualTo(ids.get(1));
    }

    @Test
    void trailingContentAfterTheObjectIsAnError() throws IOException {
        String content = jsonl(
                "{\"text\":\"Premier article.\"} {\"text\":\"Deuxième article, perdu.\"}",
                "{\"text\":\"Troisième article.\"}}");

        List<IngestEvent> events = read(file("colle.jsonl", InputFormat.JSONL, content));

        assertThat(documents(events)).isEmpty();
        assertThat(failures(events)).extracting(IngestEvent.Failed::input)
                .containsExactly("in/colle.jsonl:1", "in/colle.jsonl:2");
        assertThat(failures(events)).allSatisfy(failed -> assertThat(failed.message()).startsWith("malformed JSON: "));
    }
}
