package io.newstrace.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Durations, feed lists and the state file. */
class SmallPartsTest {
    @Test
    void durationsAreReadInMillisecondsSecondsMinutesAndHours() {
        assertThat(Durations.parse("200ms")).isEqualTo(Duration.ofMillis(200));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("1H")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        for (String bad : List.of("15", "m", "-1m", "0s", "1.5h", "1d")) {
            assertThatThrownBy(() -> Durations.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void feedsComeFromArgumentsAndFilesWithComments(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("feeds.txt"),
                "# French outlets\nhttps://a.example/rss.xml\n\n  https://b.example/atom.xml  \n");

        assertThat(FeedList.read(List.of(list.toString(), "https://a.example/rss.xml", "http://c.example/feed")))
                .containsExactly(URI.create("https://a.example/rss.xml"), URI.create("https://b.example/atom.xml"),
                        URI.create("http://c.example/feed"));
        Path bad = Files.writeString(dir.resolve("bad.txt"), "https://a.example/rss.xml\nftp://x.example/feed\n");
        assertThatThrownBy(() -> FeedList.read(List.of(bad.toString())))
                .hasMessageContaining("bad.txt:2");
        assertThatThrownBy(() -> FeedList.read(List.of(dir.resolve("missing.txt").toString())))
                .hasMessageContaining("cannot read the feed list");
    }

    @Test
    void theStateSurvivesAWriteAndARead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(WatchState.FILE_NAME);
        WatchState state = new WatchState(Map.of()).with(URI.create("https://a.example/rss.xml"),
                new WatchState.FeedState(new PoliteFetcher.Validators("\"abc\"", "Tue, 14 Nov 2023 17:42:00 GMT"),
                        Set.of("https://a.example/1", "urn:2")));

        state.write(file);

        assertThat(WatchState.read(file)).isEqualTo(state);
        assertThat(Files.readString(file)).contains("\"format\" : \"newstrace-watch/1\"");
        assertThat(dir).isDirectoryNotContaining("glob:**/.*.partial");
        assertThat(WatchState.read(dir.resolve("none.json")).feeds()).isEmpty();
    }
}
