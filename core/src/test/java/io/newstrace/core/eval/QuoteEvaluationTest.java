package io.newstrace.core.eval;

import io.newstrace.core.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and speakers on real French and English articles annotated by hand (resources/quotes/README.md): four
 * articles used while writing the rules (35 quotes then, 36 now; detection P 1.000 R 1.000, quote + speaker P
 * 0.912 R 0.912 when the floors were set) and three held out (73 quotes then, 74 now, in Le Figaro's, VOA's and The
 * Namibian's reports; detection P 0.930 R 0.917, quote + speaker P 0.704 R 0.694), whose figure was the honest one
 * for news the rules had not seen; and French sets annotated blind, all but the last since used to write French
 * rules, the last held out.
 */
class QuoteEvaluationTest {
    private static final Path FRENCH_PAGES = Path.of("src", "test", "resources", "pages-fr");

    /** Scores a bundled set and checks its count of true quotes and its floors. */
    private static void assertFloors(Path pages, String set, int truth, double detectionPrecision,
                                     double detectionRecall, double attributionPrecision, double attributionRecall)
            throws IOException {
        QuoteEvaluation.Report report = QuoteEvaluation.evaluate(pages, Path.of("src", "test", "resources", set));
        assertThat(report.truth()).isEqualTo(truth);
        assertThat(report.detectionPrecision()).as("detection precision").isGreaterThanOrEqualTo(detectionPrecision);
        assertThat(report.detectionRecall()).as("detection recall").isGreaterThanOrEqualTo(detectionRecall);
        assertThat(report.attributionPrecision()).as("quote + speaker precision")
                .isGreaterThanOrEqualTo(attributionPrecision);
        assertThat(report.attributionRecall()).as("quote + speaker recall").isGreaterThanOrEqualTo(attributionRecall);
    }

    @Test
    void quotesAndTheirSpeakersAreFoundInRealArticles() throws IOException {
        assertFloors(Samples.PAGES_DIR, "quotes", 36, 0.95, 0.9, 0.85, 0.8);
    }

    @Test
    void onHeldOutArticlesQuotesAreFoundAndMostSpeakersToo() throws IOException {
        // Detection precision 0.875 since French participles became cues: "Cette ville … a été touchée par
        // « plusieurs explosions massives », a indiqué le maire …, précisant qu’…" now also reports the clause around
        // the partial quote, which these annotations, unlike GGT's and PolNeAR's, leave to the partial.
        // 75 quotes since the twelfth session added Le Figaro's headline, which the quote stage now reads; its
        // quotation is found both as reported speech and as a fragment, which these annotations leave to the
        // fragment: detection P 0.867.
        assertFloors(Samples.PAGES_DIR, "quotes-heldout", 75, 0.85, 0.87, 0.65, 0.65);
    }

    @Test
    void onTheFrenchDevelopmentSetMostQuotesAndSpeakersAreFound() throws IOException {
        // Four French pages annotated blind (quotes-fr-dev/README.md), then used to write French rules: 52 quotes;
        // detection P 0.941 R 0.923, quote + speaker P 0.804 R 0.788 when the floors were first set (0.574 F1 before),
        // P 0.882 R 0.865 after the eleventh session.
        assertFloors(Samples.PAGES_DIR, "quotes-fr-dev", 52, 0.9, 0.85, 0.8, 0.78);
    }

    @Test
    void onTheSecondFrenchDevelopmentSetMostQuotesAndSpeakersAreFound() throws IOException {
        // Five more French pages annotated blind (quotes-fr-dev2/README.md), then used to write French rules: 114
        // quotes; detection P 0.952 R 0.868, quote + speaker P 0.750 R 0.684 when the floors were set (0.632 F1 before).
        assertFloors(FRENCH_PAGES, "quotes-fr-dev2", 114, 0.92, 0.84, 0.72, 0.65);
    }

    @Test
    void onTheSecondFrenchHeldOutSetQuotesAreFoundButSpeakersLessOften() throws IOException {
        // Five French pages annotated blind (quotes-fr-heldout2/README.md): 87 quotes; quote + speaker F1 0.451 when
        // first scored, 0.629 after the ninth session wrote rules from its errors, which made it a development set,
        // 0.651 after the tenth, 0.720 (detection P 0.898 R 0.908, quote + speaker P 0.716 R 0.724) after the eleventh.
        assertFloors(FRENCH_PAGES, "quotes-fr-heldout2", 87, 0.85, 0.85, 0.66, 0.66);
    }

    @Test
    void onTheThirdFrenchSetMoreThanHalfTheSpeakersAreFound() throws IOException {
        // Twelve French pages annotated blind (quotes-fr-heldout3/README.md): 159 quotes; quote + speaker F1 0.367 when
        // first scored, 0.380 after the ninth session, 0.603 after the tenth wrote rules from its errors, which made it
        // a development set, 0.642 (detection P 0.903 R 0.761, quote + speaker P 0.701 R 0.591) after the eleventh.
        assertFloors(Path.of("src", "test", "resources", "pages-fr3"), "quotes-fr-heldout3", 159, 0.85, 0.72, 0.66,
                0.56);
    }

    @Test
    void onTheFourthFrenchSetMostQuotesAndSpeakersAreFound() throws IOException {
        // Twelve French pages annotated blind (quotes-fr-heldout4/README.md): 106 quotes; quote + speaker F1 0.532 at
        // the ninth session's last commit, 0.552 after the eleventh session, 0.734 (detection P 0.931 R 0.887, quote +
        // speaker P 0.752 R 0.717) after the twelfth read its errors, which made it a development set.
        assertFloors(Path.of("src", "test", "resources", "pages-fr4"), "quotes-fr-heldout4", 106, 0.9, 0.85, 0.7,
                0.68);
    }

    @Test
    void onTheFifthFrenchSetMostQuotesAndTwoSpeakersInThreeAreFound() throws IOException {
        // Fourteen Belgian pages annotated blind (quotes-fr-heldout5/README.md): 163 quotes; quote + speaker F1 0.592
        // when first scored, 0.654 after the twelfth session read its errors, which made it a development set, 0.681
        // after the thirteenth, 0.707 (detection P 0.935 R 0.883, quote + speaker P 0.727 R 0.687) after the
        // fourteenth.
        assertFloors(Path.of("src", "test", "resources", "pages-fr5"), "quotes-fr-heldout5", 163, 0.9, 0.85, 0.7,
                0.66);
    }

    @Test
    void onTheSixthFrenchSetMoreThanHalfTheSpeakersAreFound() throws IOException {
        // Fifteen Belgian pages annotated blind (quotes-fr-heldout6/README.md): 132 quotes; quote + speaker F1 0.520
        // at the twelfth session's first commit, 0.510 at its end, 0.515 at the thirteenth's end, its errors never
        // read; 0.531 in the fourteenth before they were, which made it a development set, and 0.591 (detection P 0.841
        // R 0.841, quote + speaker P 0.591 R 0.591) at its end; 0.600 (detection P 0.841 R 0.879, quote + speaker
        // P 0.587 R 0.614) at the fifteenth's.
        assertFloors(Path.of("src", "test", "resources", "pages-fr6"), "quotes-fr-heldout6", 132, 0.82, 0.85, 0.57,
                0.59);
    }

    @Test
    void onTheSeventhFrenchSetMoreThanHalfTheSpeakersAreFound() throws IOException {
        // Fourteen French pages (eleven Belgian, two of Le Figaro, one of Madame Figaro) annotated blind
        // (quotes-fr-heldout7/README.md): 105 quotes; quote + speaker F1 0.492 at the fourteenth session's first
        // commit, 0.505 at its end, its errors never read; read from the fifteenth's start, which made it a
        // development set, and 0.605 (detection P 0.850 R 0.810, quote + speaker P 0.620 R 0.590) at its end.
        assertFloors(Path.of("src", "test", "resources", "pages-fr7"), "quotes-fr-heldout7", 105, 0.83, 0.78, 0.6,
                0.57);
    }

    @Test
    void twoBlindAnnotationsOfTheSixthSetAgreeOnAlmostEveryQuoteAndSpeaker() throws IOException {
        // The set's second annotation (quotes-fr-heldout6/README.md): 136 quotes to the first's 132, all of these among
        // them, with the same speaker every time and the same kind 130 times.
        Path set = Path.of("src", "test", "resources", "quotes-fr-heldout6");
        QuoteEvaluation.Agreement agreement = QuoteEvaluation.agreement(
                Path.of("src", "test", "resources", "pages-fr6"), set, set.resolve("second-annotation"));
        assertThat(agreement.first()).isEqualTo(132);
        assertThat(agreement.second()).isEqualTo(136);
        assertThat(agreement.both()).isEqualTo(132);
        assertThat(agreement.sameKind()).isEqualTo(130);
        assertThat(agreement.sameSpeakerFirstTrue()).isEqualTo(132);
    }

    @Test
    void onTheSeventhSetTheConfidenceTellsTrustworthySpeakersFromDoubtfulOnes() throws IOException {
        // At the fourteenth session's end, on the seventh French set (then blind): speakers given with a confidence of
        // 0.7 or more were right 24 times in 25, those below 0.7 26 times in 34 (on the sixth set, then blind, 27 in 29
        // and 40 in 55 at the thirteenth's end); at the fifteenth's, 28 in 29 and 34 in 40 (on the local blind eighth
        // set, 49 in 54 and 39 in 53).
        QuoteEvaluation.Report report = QuoteEvaluation.evaluate(Path.of("src", "test", "resources", "pages-fr7"),
                Path.of("src", "test", "resources", "quotes-fr-heldout7"));
        long confident = 0;
        long confidentRight = 0;
        long doubtful = 0;
        long doubtfulRight = 0;
        for (QuoteEvaluation.Band band : report.bands()) {
            if (band.from() >= 0.7) {
                confident += band.attributed();
                confidentRight += band.right();
            } else {
                doubtful += band.attributed();
                doubtfulRight += band.right();
            }
        }
        assertThat(confident + doubtful).as("matched quotes given a speaker").isGreaterThan(50);
        assertThat((double) confidentRight / confident).as("right share at 0.7 or more").isGreaterThanOrEqualTo(0.85);
        assertThat((double) confidentRight / confident).isGreaterThan((double) doubtfulRight / doubtful + 0.1);
    }
}
