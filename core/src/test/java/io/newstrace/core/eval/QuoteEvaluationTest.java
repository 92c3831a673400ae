package io.newstrace.core.eval;

import io.newstrace.core.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and speakers on real French and English articles annotated by hand (resources/quotes/README.md): four
 * articles used while writing the rules (34 quotes; detection P 1.000 R 0.971, quote + speaker P 0.909 R 0.882
 * when the floors were set) and one held out from that work (29 quotes; detection P 0.960 R 0.828, quote +
 * speaker P 0.640 R 0.552), whose figure is the honest one for news the rules have not seen.
 */
class QuoteEvaluationTest {

    @Test
    void quotesAndTheirSpeakersAreFoundInRealArticles() throws IOException {
        QuoteEvaluation.Report report = QuoteEvaluation.evaluate(Samples.PAGES_DIR,
                Path.of("src", "test", "resources", "quotes"));

        assertThat(report.truth()).isEqualTo(34);
        assertThat(report.detectionPrecision()).as("detection precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.detectionRecall()).as("detection recall").isGreaterThanOrEqualTo(0.9);
        assertThat(report.attributionPrecision()).as("quote + speaker precision").isGreaterThanOrEqualTo(0.85);
        assertThat(report.attributionRecall()).as("quote + speaker recall").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void onAHeldOutArticleQuotesAreFoundAndMostSpeakersToo() throws IOException {
        QuoteEvaluation.Report report = QuoteEvaluation.evaluate(Samples.PAGES_DIR,
                Path.of("src", "test", "resources", "quotes-heldout"));

        assertThat(report.truth()).isEqualTo(29);
        assertThat(report.detectionPrecision()).as("detection precision").isGreaterThanOrEqualTo(0.9);
        assertThat(report.detectionRecall()).as("detection recall").isGreaterThanOrEqualTo(0.75);
        assertThat(report.attributionPrecision()).as("quote + speaker precision").isGreaterThanOrEqualTo(0.55);
        assertThat(report.attributionRecall()).as("quote + speaker recall").isGreaterThanOrEqualTo(0.5);
    }
}
