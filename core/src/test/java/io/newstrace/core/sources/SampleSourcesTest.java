package io.newstrace.core.sources;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.CitedSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the five sample articles say they come from: two relay a Sputnik interview, one is Maroc Diplomatique's
 * text, the RT article cites Sputnik, and the photo credits are read; every source points at its evidence.
 */
class SampleSourcesTest {
    private static List<Annotated> samples;

    @BeforeAll
    static void annotate() {
        samples = Samples.annotate(Samples.sampleFiles());
    }

    private static Annotated sample(String prefix) {
        return Samples.named(samples, prefix);
    }

    private static List<String> sources(Annotated article) {
        return article.sources().stream().map(s -> s.kind().code() + ":" + s.outlet()).toList();
    }

    @Test
    void eachSampleCitesExactlyItsSources() {
        assertThat(sources(sample("000"))).containsExactlyInAnyOrder("agency:sputnik");
        assertThat(sources(sample("001"))).isEmpty();
        assertThat(sources(sample("002"))).containsExactlyInAnyOrder("document:null",
                "republished_from:maroc-diplomatique");
        assertThat(sources(sample("003"))).containsExactlyInAnyOrder("photo:sputnik-afrique", "interview:sputnik",
                "agency:apa-news");
        assertThat(sources(sample("004"))).containsExactlyInAnyOrder("photo:jeune-afrique", "interview:sputnik");
    }

    @Test
    void everySourcePointsAtItsEvidence() {
        for (Annotated article : samples) {
            for (CitedSource source : article.sources()) {
                assertThat(source.span().of(article.article().raw())).isEqualTo(source.evidence());
                assertThat(source.evidence()).contains(source.name());
            }
        }
    }

    @Test
    void theRtArticleRelaysSputnikAndIsRtsOwn() {
        Annotated rt = sample("000");
        assertThat(sources(rt)).contains("agency:sputnik");
        assertThat(rt.outletId()).isEqualTo("rt");
    }

    @Test
    void twoArticlesComeFromASputnikInterview() {
        assertThat(sources(sample("003"))).contains("interview:sputnik", "photo:sputnik-afrique");
        assertThat(sources(sample("004"))).contains("interview:sputnik", "photo:jeune-afrique");
        assertThat(sources(sample("003"))).contains("agency:apa-news"); // "selon l'agence de presse africaine"
    }

    @Test
    void oneArticleIsMarocDiplomatiquesAndQuotesACommunique() {
        Annotated article = sample("002");
        assertThat(sources(article)).contains("republished_from:maroc-diplomatique", "document:null");
        assertThat(article.sources()).anySatisfy(s -> assertThat(s.name()).contains("présidence malienne"));
    }
}
