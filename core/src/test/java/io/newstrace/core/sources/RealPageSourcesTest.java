package io.newstrace.core.sources;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sources cited by real pages of other sites (fixtures, see pages/SOURCES.md), in English and French. */
class RealPageSourcesTest {
    private static List<Annotated> pages;

    @BeforeAll
    static void annotate() {
        pages = Samples.annotate(Samples.pageFiles());
    }

    private static List<String> sources(String name) {
        Annotated page = Samples.named(pages, name);
        return page.sources().stream().map(s -> s.kind().code() + ":" + s.outlet()).toList();
    }

    @Test
    void wireTagsInterviewsAndCredits() {
        assertThat(sources("en-reuters-oil-oversupply")).contains("agency:reuters", "interview:reuters");
        assertThat(sources("en-ap-sondland-hearing")).contains("agency:ap");
        assertThat(sources("en-rt-bolivia-protest-deaths")).contains("interview:ruptly"); // "told Ruptly"
        assertThat(sources("fr-lefigaro-ukraine-point")).contains("interview:ria-novosti");
        assertThat(sources("fr-radio-canada-kpmg-juge")).contains("interview:cbc", "photo:radio-canada");
        assertThat(sources("fr-radio-prague-ministre-sante")).contains("photo:ctk");
    }
}
