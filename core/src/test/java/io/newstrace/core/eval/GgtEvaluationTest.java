package io.newstrace.core.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Gender Gap Tracker evaluation on a checkout laid out as the real one, holding one real article (Global News,
 * "Large rally in Drayton Valley over Alberta's plans for Bighorn Country", 2019-01-08, two paragraphs) annotated
 * here the way the tracker's annotators did: the quote, the speaker's mention and the person it is.
 */
class GgtEvaluationTest {
    private static final String ID = "5c344a9f1e67d78e27d34d0a";
    private static final String TEXT = """
            Large rally in Drayton Valley over Alberta's plans for Bighorn Country

            Rally Canada, the group that organized Monday’s event, said it has received “ongoing emails, Facebook communications and personal contacts with literally hundreds of residents of our area.”

            The group says those people include hikers, campers, anglers, trappers, loggers, agricultural producers, cattle producers, oil and gas companies, recreational users and residents.

            “With the cancellation of the public information sessions, this rally now becomes the only voice for the people locally,” volunteer media coordinator Tom Hinderks said.
            """;
    /** Offsets a little off, as the tracker's are (they count in another copy of the text). */
    private static final String QUOTATIONS = """
            [{"speaker": "The group", "verb": "says", "quote": "those people include hikers, campers, anglers, trappers, loggers, agricultural producers, cattle producers, oil and gas companies, recreational users and residents", "speaker_index": "(300,309)", "verb_index": "(310,314)", "quote_index": "(315,470)", "reference": "Rally Canada"},
             {"speaker": "Tom Hinderks", "verb": "said", "quote": "“With the cancellation of the public information sessions, this rally now becomes the only voice for the people locally,”", "speaker_index": "", "verb_index": "", "quote_index": "(480,600)", "reference": "Tom Hinderks"}]
            """;

    @TempDir
    Path checkout;

    @Test
    void scoresTheQuotesOfACheckoutAgainstThePersonWhoSaidThem() throws IOException {
        writeCheckout(QUOTATIONS);
        GgtEvaluation.Report report = GgtEvaluation.evaluate(checkout, "all");
        assertThat(report.problems()).isEmpty();
        PolnearEvaluation.Counts counts = report.counts();
        assertThat(counts.truth()).isEqualTo(2);
        assertThat(counts.truthMatched()).isEqualTo(2);
        assertThat(counts.truthAttributed()).isEqualTo(2);
        assertThat(report.format(true)).contains("Gender Gap Tracker annotation, all: 1 articles, 2 quotes");
    }

    @Test
    void anArticleWhoseAnnotationIsNoJsonIsSkippedAndSaidSo() throws IOException {
        writeCheckout("[{\"speaker\": \"The group\" \"quote\": \"those people\"}]");
        GgtEvaluation.Report report = GgtEvaluation.evaluate(checkout, "all");
        assertThat(report.scored()).isEmpty();
        assertThat(report.problems()).singleElement().asString().startsWith(ID + ": its quotations are no valid JSON");
    }

    @Test
    void aCheckoutWithoutTheEvaluationDataIsRefusedWithTheCommitToCheckOut() {
        assertThatThrownBy(() -> GgtEvaluation.evaluate(checkout, "dev"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c2bb16e~1");
    }

    @Test
    void theSheetIsReadWithSharedInlineAndRichTextCells() throws IOException {
        writeCheckout(QUOTATIONS);
        List<Map<String, String>> rows = GgtEvaluation.readSheet(checkout.resolve(GgtEvaluation.TABLE));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("_id")).isEqualTo("ObjectId(" + ID + ")");
            assertThat(row.get("outlet")).isEqualTo("Global News");
            assertThat(row.get("quotations")).isEqualTo(QUOTATIONS);
        });
    }

    /** The table (an .xlsx: shared strings, one of them rich text, and an inline string) and the zipped texts. */
    private void writeCheckout(String quotations) throws IOException {
        Path table = checkout.resolve(GgtEvaluation.TABLE);
        Files.createDirectories(table.getParent());
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">"
                + "<si><t>_id</t></si><si><t>outlet</t></si><si><t>quotations</t></si>"
                + "<si><t>ObjectId(" + ID + ")</t></si>"
                + "<si><r><t>Global </t></r><r><t>News</t></r><rPh><t>ぐろーばる</t></rPh></si></sst>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\"><v>4</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>" + escape(quotations) + "</t></is></c></row>"
                + "</sheetData></worksheet>";
        zip(table, Map.of("xl/sharedStrings.xml", shared, "xl/worksheets/sheet1.xml", sheet));
        zip(checkout.resolve(GgtEvaluation.TEXTS), Map.of("rawtext/" + ID + ".txt", TEXT));
    }

    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
