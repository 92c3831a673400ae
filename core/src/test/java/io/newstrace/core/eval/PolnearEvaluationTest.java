package io.newstrace.core.eval;

import io.newstrace.core.eval.PolnearEvaluation.Counts;
import io.newstrace.core.eval.PolnearEvaluation.Scored;
import io.newstrace.core.eval.PolnearEvaluation.Truth;
import io.newstrace.core.eval.StandoffAttributions.Attribution;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.QuoteKind;
import io.newstrace.core.model.Span;
import io.newstrace.core.model.Speaker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PolNeAR reader, truth and matching on a hand-made article in PolNeAR's layout (resources/polnear: not PolNeAR
 * text): brat offsets in code points after an emoji, a discontinuous content, a second annotator's file to pass
 * over, an attribution of a belief, a pronoun resolved through a CoreNLP chain.
 */
class PolnearEvaluationTest {
    private static final Path CHECKOUT = Path.of("src", "test", "resources", "polnear");
    private static final Path DEV = CHECKOUT.resolve("data").resolve("dev");
    private static final String NAME = "sample_2026-01-05_city-council-approves-budget";

    private static String text() throws IOException {
        return Files.readString(DEV.resolve("text").resolve(NAME + ".txt"), StandardCharsets.UTF_8);
    }

    private static List<Truth> truth() throws IOException {
        String text = text();
        CoreNlpCoreference coreference = CoreNlpCoreference.read(DEV.resolve("corenlp").resolve(NAME + ".txt.xml"));
        return StandoffAttributions.read(DEV.resolve("attributions").resolve(NAME + "_aaaa.ann"), text).stream()
                .map(attribution -> PolnearEvaluation.truth(attribution, text, coreference)).toList();
    }

    @Test
    void attributionsAreReadInTextOrderWithOffsetsInCodePoints() throws IOException {
        String text = text();
        List<Attribution> attributions = StandoffAttributions.read(
                DEV.resolve("attributions").resolve(NAME + "_aaaa.ann"), text);

        assertThat(attributions).extracting(a -> Attribution.text(text, a.source()))
                .containsExactly("Mayor Jane Porter", "Porter", "She", "Tom Reyes, a council member");
        assertThat(attributions).extracting(a -> Attribution.text(text, a.cue()))
                .containsExactly("said", "told", "believes", "said");
        assertThat(attributions.get(3).content()).hasSize(2);
        assertThat(Attribution.text(text, attributions.get(3).content()))
                .isEqualTo("\"This is a budget of illusions,\" \"Nobody believes it.\"");
    }

    @Test
    void statementsAreQuotedOrSaidAndPronounsResolveThroughCoreference() throws IOException {
        List<Truth> truth = truth();

        assertThat(truth).extracting(Truth::statement).containsExactly(true, true, false, true);
        assertThat(truth).extracting(Truth::quoted).containsExactly(false, true, false, true);
        assertThat(truth.get(2).speakerWords()).contains("she", "jane", "porter");
        assertThat(truth.get(1).speakerWords()).containsExactly("porter");
        assertThat(truth).extracting(Truth::unnamed).containsExactly(false, false, false, false);
    }

    @Test
    void foundQuotesMatchOnSharedWordsAndFragmentsOfOneQuotationAllMatch() throws IOException {
        String text = text();
        List<Quote> found = List.of(
                quote(text, "the budget would protect every library in the city", QuoteKind.INDIRECT, "Jane Porter"),
                quote(text, "We kept our promise to families,", QuoteKind.DIRECT, "Tom Reyes"),
                quote(text, "the vote will calm the unions", QuoteKind.INDIRECT, "Jane Porter"),
                quote(text, "This is a budget of illusions,", QuoteKind.DIRECT, "Tom Reyes"),
                quote(text, "Nobody believes it.", QuoteKind.DIRECT, "Reyes"),
                // One word of four shared with a quotation of six: less than half of the shorter.
                quote(text, "Critics were unconvinced. \"This", QuoteKind.PARTIAL, null));

        Scored scored = PolnearEvaluation.score(NAME, text, truth(), found);
        Counts statements = Counts.of(List.of(scored), Truth::statement, quote -> true);
        Counts all = Counts.of(List.of(scored), t -> true, quote -> true);

        // The quote of a belief is not counted against the statements; the last one matches nothing.
        assertThat(statements).isEqualTo(new Counts(3, 5, 4, 3, 3, 2));
        assertThat(all).isEqualTo(new Counts(4, 6, 5, 4, 4, 3));
        assertThat(scored.found().get(5).match()).isNull();
        assertThat(scored.found().get(1).rightSpeaker()).isFalse();
    }

    @Test
    void statementsWhoseSourceNoChainNamesAreLeftOutOfTheNamedFigures() throws IOException {
        String text = text();
        List<Truth> truth = new ArrayList<>(truth());
        Truth reyes = truth.get(3);
        // As if Reyes's quotation were signed "he said" and no chain led to his name.
        truth.set(3, new Truth(reyes.attribution(), true, true, "he", Set.of("he"), true));
        List<Quote> found = List.of(
                quote(text, "the budget would protect every library in the city", QuoteKind.INDIRECT, "Jane Porter"),
                quote(text, "We kept our promise to families,", QuoteKind.DIRECT, "Tom Reyes"),
                quote(text, "This is a budget of illusions,", QuoteKind.DIRECT, "Tom Reyes"),
                quote(text, "Critics were unconvinced. \"This", QuoteKind.PARTIAL, null));

        PolnearEvaluation.Report report = new PolnearEvaluation.Report("dev", 1, 0, 0, 0,
                List.of(PolnearEvaluation.score(NAME, text, truth, found)));

        // Reyes's statement and the quote matching it count neither way; the unmatched quote still counts.
        assertThat(report.statements()).isEqualTo(new Counts(3, 4, 3, 3, 1, 1));
        assertThat(report.named()).isEqualTo(new Counts(2, 3, 2, 2, 1, 1));
    }

    @Test
    void theFirstAnnotatorsAnnotationOfTheCheckoutIsScored() throws IOException {
        PolnearEvaluation.Report report = PolnearEvaluation.evaluate(CHECKOUT, "dev");

        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.severalAnnotators()).isEqualTo(1);
        assertThat(report.all().truth()).isEqualTo(4);
        assertThat(report.statements().truth()).isEqualTo(3);
        assertThat(report.format(true)).contains("quote + speaker");
    }

    private static Quote quote(String text, String words, QuoteKind kind, String speaker) {
        int start = text.indexOf(words);
        Span span = new Span(start, start + words.length());
        return new Quote(span, kind, speaker == null ? null : new Speaker(speaker, span), "test", 1);
    }
}
