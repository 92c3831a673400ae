package io.newstrace.core.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoryEvaluationTest {

    @Test
    void bcubedAveragesPerArticleTheShareOfItsStoryAndOfItsEvent() {
        Map<String, String> events = new LinkedHashMap<>();
        events.put("a1", "E1");
        events.put("a2", "E1");
        events.put("a3", "E1");
        events.put("b1", "E2");
        events.put("b2", "E2");

        StoryEvaluation.Report report = StoryEvaluation.score(events, List.of(List.of("a1", "a2"),
                List.of("a3", "b1", "b2")));

        // precision: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1
        assertThat(report.precision()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(report.recall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(report.lines()).containsExactly("SPLIT   E1: 3 articles in 2 stories",
                "MERGED  [E1, E2] in one story");
    }

    @Test
    void anArticleTheRunLostIsAStoryOfItsOwn() {
        StoryEvaluation.Report report = StoryEvaluation.score(Map.of("a", "E", "b", "E"), List.of(List.of("a")));

        assertThat(report.precision()).isEqualTo(1.0);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.stories()).isEqualTo(2);
    }
}
