package io.newstrace.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCacheTest {
    private static byte[] bytes(int length) {
        return new byte[length];
    }

    @Test
    void anAnswerHoldsForItsGenerationOnly() {
        AnswerCache cache = new AnswerCache(1_000);
        byte[] answer = bytes(10);
        cache.put("/api/graph?", 3, answer);
        assertThat(cache.get("/api/graph?", 3)).isSameAs(answer);
        assertThat(cache.get("/api/graph?", 4)).isNull();

        // An answer computed before an import committed must not replace the newer ones.
        cache.put("/api/overview?", 4, bytes(10));
        cache.put("/api/graph?", 3, answer);
        assertThat(cache.get("/api/graph?", 4)).isNull();
        assertThat(cache.get("/api/overview?", 4)).isNotNull();
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstPastTheBound() {
        AnswerCache cache = new AnswerCache(1_600);
        cache.put("a", 1, bytes(100));
        cache.put("b", 1, bytes(100));
        cache.get("a", 1);
        for (int i = 0; i < 15; i++) {
            cache.put("filler " + i, 1, bytes(100));
        }
        assertThat(cache.get("b", 1)).as("the least recently used").isNull();
        assertThat(cache.get("a", 1)).as("used after b was").isNotNull();
        assertThat(cache.get("filler 14", 1)).isNotNull();

        cache.put("huge", 1, bytes(200));
        assertThat(cache.get("huge", 1)).as("larger than a sixteenth of the bound").isNull();
    }
}
