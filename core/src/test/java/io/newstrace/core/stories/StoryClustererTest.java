package io.newstrace.core.stories;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample corpus: five reports on Mali and Russia, of four events (two render one Sputnik interview). */
class StoryClustererTest {
    private static List<Annotated> samples;
    private static List<StoryArticle> articles;

    @BeforeAll
    static void annotate() {
        samples = Samples.annotate(Samples.sampleFiles());
        StoryTerms terms = new StoryTerms();
        articles = samples.stream().map(a -> StoryArticle.of(a, terms)).toList();
    }

    private static String id(String prefix) {
        return Samples.named(samples, prefix).article().id();
    }

    @Test
    void articlesSharingOnlyTheirCountriesAndPeopleAreSeparateStories() {
        List<Story> stories = StoryClusterer.DEFAULT.cluster(articles, Map.of());

        // Without the statement they share, the two translations of one interview have too few words in common.
        assertThat(stories).hasSize(5);
        assertThat(stories).allSatisfy(story -> assertThat(story.label()).contains(" — "));
    }

    @Test
    void twoRenderingsOfOneInterviewThatShareAStatementAreOneStory() {
        Map<String, Set<String>> links = Map.of(id("003"), Set.of(id("004")), id("004"), Set.of(id("003")));

        List<Story> stories = StoryClusterer.DEFAULT.cluster(articles, links);

        assertThat(stories).hasSize(4);
        assertThat(stories).filteredOn(s -> s.articles().size() == 2).singleElement()
                .satisfies(story -> assertThat(story.articles()).containsExactlyInAnyOrder(id("003"), id("004")));
    }

    @Test
    void amongUnrelatedNewsAStricterThresholdStillSplitsTheUndatedMaliRussiaReports() {
        List<java.nio.file.Path> files = new java.util.ArrayList<>(Samples.sampleFiles());
        files.addAll(Samples.pageFiles());
        List<Annotated> corpus = Samples.annotate(files);
        StoryTerms terms = new StoryTerms();
        String interview = Samples.named(corpus, "003").article().id();
        String rendering = Samples.named(corpus, "004").article().id();

        // Among other news, "Mali", "Russie" and "coopération militaire" are rare, hence weighty: without dates to
        // tell them apart, the default threshold (set on ECB+) joins these undated reports; a stricter one does not.
        StoryClusterer strict = new StoryClusterer(0.4, StoryClusterer.DEFAULT.entityWeight(),
                StoryClusterer.DEFAULT.windowDays(), StoryClusterer.DEFAULT.linkBonus());
        List<Story> stories = strict.cluster(corpus.stream().map(a -> StoryArticle.of(a, terms))
                .toList(), Map.of(interview, Set.of(rendering), rendering, Set.of(interview)));
        assertThat(stories).hasSize(files.size() - 1);
        assertThat(stories).filteredOn(s -> s.articles().size() > 1).singleElement()
                .satisfies(story -> assertThat(story.articles()).containsExactlyInAnyOrder(interview, rendering));
    }

    @Test
    void theSameReportDaysApartStartsANewStory() {
        StoryArticle report = articles.get(0);
        StoryArticle sameDay = dated(report, "copy-a", LocalDate.of(2024, 5, 2));
        StoryArticle nextDay = dated(report, "copy-b", LocalDate.of(2024, 5, 3));
        StoryArticle weeksLater = dated(report, "copy-c", LocalDate.of(2024, 6, 1));

        List<Story> stories = StoryClusterer.DEFAULT.cluster(List.of(weeksLater, nextDay, sameDay), Map.of());

        assertThat(stories).extracting(Story::articles)
                .containsExactly(List.of("copy-a", "copy-b"), List.of("copy-c"));
        assertThat(stories.get(0).firstSeen()).isEqualTo("2024-05-02");
        assertThat(stories.get(0).lastSeen()).isEqualTo("2024-05-03");
    }

    private static StoryArticle dated(StoryArticle article, String id, LocalDate published) {
        return new StoryArticle(id, published, article.title(), article.terms(), article.entities(), article.names());
    }
}
