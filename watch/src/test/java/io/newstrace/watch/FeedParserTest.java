package io.newstrace.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FeedParserTest {
    private static final URI FEED = URI.create("https://news.example/feeds/main.xml");

    private static Feed parse(String xml) throws FeedParser.MalformedFeedException {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), FEED);
    }

    @Test
    void readsRssItemsWithGuidLinkTitleAndDate() throws Exception {
        Feed feed = parse(Fixtures.rss("Panorama Papers", List.of(
                new Fixtures.Entry("Lavrov à Bamako", "https://news.example/a/1.html", "Wed, 15 Nov 2023 08:30:00 GMT"),
                new Fixtures.Entry("Relative", "/a/2.html", "Wed, 15 Nov 2023 09:30:00 +0100"))));

        assertThat(feed.title()).isEqualTo("Panorama Papers");
        assertThat(feed.items()).containsExactly(
                new Feed.Item("https://news.example/a/1.html", URI.create("https://news.example/a/1.html"),
                        "Lavrov à Bamako", Instant.parse("2023-11-15T08:30:00Z")),
                new Feed.Item("/a/2.html", URI.create("https://news.example/a/2.html"), "Relative",
                        Instant.parse("2023-11-15T08:30:00Z")));
    }

    @Test
    void readsAtomEntriesWithTheirIdAndAlternateLink() throws Exception {
        Feed feed = parse(Fixtures.atom("La Voix du Littoral", List.of(new Fixtures.Entry("Inondations",
                "https://news.example/region/inondations.html", "2023-11-14T17:42:00Z"))));

        assertThat(feed.title()).isEqualTo("La Voix du Littoral");
        assertThat(feed.items()).containsExactly(new Feed.Item("urn:test:https://news.example/region/inondations.html",
                URI.create("https://news.example/region/inondations.html"), "Inondations",
                Instant.parse("2023-11-14T17:42:00Z")));
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = FixtureSite.resource("xxe-rss.xml");

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedParser.MalformedFeedException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        String bomb = FixtureSite.resource("billion-laughs-rss.xml");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(bomb)).isInstanceOf(FeedParser.MalformedFeedException.class)
                        .hasMessageContaining("DOCTYPE"));
    }

    @Test
    void somethingElseThanAFeedIsReported() {
        assertThatThrownBy(() -> parse("<html><body>not a feed</body></html>"))
                .isInstanceOf(FeedParser.MalformedFeedException.class)
                .hasMessageStartingWith("not a readable RSS or Atom feed");
    }
}
