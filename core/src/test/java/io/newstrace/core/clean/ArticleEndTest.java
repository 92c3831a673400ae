package io.newstrace.core.clean;

import io.newstrace.core.Samples;
import io.newstrace.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a text dump ends: the last words of an article are often a short quotation, kept as body. */
class ArticleEndTest {

    /**
     * Breitbart, "Trump fever infects convention finale." (2016-07-21, PolNeAR training split): title and the last
     * three paragraphs. The last is a quotation of nine words, too short to read as prose.
     */
    @Test
    void aShortQuotationEndingTheTextIsBody(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("finale.txt");
        Files.writeString(file, """
                Trump fever infects convention finale.

                Minnesota state delegate Mary Susan, clad in a red cape with blinking lights that formed the name Trump, said the convention could be a “failure” if Trump can’t rally the broad coalition of Republicans in the coming months.

                Her liberal friends have mocked Trump’s rhetoric-heavy campaign, calling Trump “an orange buffoon,” Susan said as she turned around and spread her cape.

                “But he’s our orange buffoon, and we love him!”
                """);
        Article article = Samples.clean(List.of(file)).get(0);
        assertThat(Samples.fate(article, "“But he’s our orange buffoon")).contains("body");
    }

    /**
     * The Washington Post, "convention notebook." (2016-07-29, PolNeAR training split): title and the last five
     * paragraphs. A quotation signed on a line of its own ends the text.
     */
    @Test
    void aSignatureAfterAQuotationEndingTheTextIsBody(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notebook.txt");
        Files.writeString(file, """
                convention notebook.

                "Great speech. She's tested. She's ready. She never quits. That's why Hillary should be our next @POTUS. (She'll get the Twitter handle, too)."

                -President Obama, tweeting after Clinton's speech.

                quotable.

                "The whole idea of a 'Crooked Hillary' is something that we hear about all the time, and it needs to stop."

                -Michelle Marks, Philadelphia.
                """);
        Article article = Samples.clean(List.of(file)).get(0);
        assertThat(Samples.fate(article, "-Michelle Marks, Philadelphia.")).contains("body");
        assertThat(Samples.fate(article, "\"The whole idea of a 'Crooked Hillary'")).contains("body");
    }

    /**
     * Le Soir, "Hollande: «La France n'a d'autre but que la lutte contre le terrorisme»" (2013-01-12, csxj-crawler's
     * saved page, pages-fr7/SOURCES.md): a short article, six quotations in a dash list, then fifteen reader
     * comments under "Vos réactions" that say more than the article. The article is the body, the comments are not.
     */
    @Test
    void aLongCommentThreadDoesNotTakeTheArticlesPlace() {
        assertFates(fixture("pages-fr7", "fr-lesoir-hollande-mali.txt"),
                "Le président français a tenu à préciser", "body",
                "– « La France ne défend aucun intérêt particulier.", "body",
                "@Mouflette: combattre les islamistes", "reader_comment");
    }

    /**
     * Le Soir, "Les syndicats ont-ils raison de manifester? (Sondage)" (2013-02-21, csxj-crawler, pages-fr6):
     * a "Lire aussi" list, then the article in subheads and paragraphs of 50 to 80 words each, as a list of
     * teasers alternates headlines and summaries. A paragraph that long is no teaser's summary: it ends the list.
     */
    @Test
    void aParagraphLongerThanATeasersSummaryEndsARelatedList() {
        assertFates(fixture("pages-fr6", "fr-lesoir-syndicats-economistes.txt"),
                "Est-il pertinent de poser la question de la flexibilité", "body",
                "Les syndicats plaident pour une « fiscalité plus juste", "body",
                "Manif de jeudi: de gros points noirs", "related",
                "A agilis: vous etes mal renseigne.", "reader_comment");
    }

    /** Cleans the page and asserts the fate of each line, given as the words it starts with followed by its fate. */
    private static void assertFates(Path page, String... startThenFate) {
        Article article = Samples.clean(List.of(page)).get(0);
        for (int i = 0; i < startThenFate.length; i += 2) {
            assertThat(Samples.fate(article, startThenFate[i])).as(startThenFate[i]).contains(startThenFate[i + 1]);
        }
    }

    private static Path fixture(String directory, String file) {
        return Path.of("src", "test", "resources", directory, file);
    }
}
