package io.newstrace.cli;

import io.newstrace.watch.FixtureSite;
import io.newstrace.watch.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code watch --once} killed with SIGKILL at random moments into one directory, against a local site serving a
 * feed of four real articles, then run to the end: the exports, the kept batches, the watch state and the store
 * must equal those of a round that was never interrupted (paths of the directory itself aside).
 */
class WatchKillTest {
    private static final int KILLS = 6;

    @Test
    void roundsKilledAtRandomMomentsThenRunToTheEndEqualOneUninterruptedRound(@TempDir Path dir) throws Exception {
        try (FixtureSite site = new FixtureSite()) {
            List<Fixtures.Entry> items = new ArrayList<>();
            for (int i = 0; i < Fixtures.SAMPLE_FILES.size(); i++) {
                site.page("/mali/" + i + ".html", "text/html; charset=utf-8", Fixtures.samplePage(i));
                items.add(new Fixtures.Entry("Article " + i, site.uri("/mali/" + i + ".html").toString(),
                        "Wed, 15 Nov 2023 0" + i + ":30:00 GMT"));
            }
            site.page("/rss.xml", "application/rss+xml", Fixtures.rss("Panorama Papers", items));
            String feed = site.uri("/rss.xml").toString();

            Path clean = dir.resolve("clean");
            long started = System.nanoTime();
            Path cleanLog = dir.resolve("clean.log");
            assertThat(watch(feed, clean, cleanLog).waitFor()).as(Files.readString(cleanLog)).isZero();
            long roundMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            Path killed = dir.resolve("killed");
            // Besides random moments: after the store import, before watch-state.json is written, a moment too
            // short to hit by chance.
            List<String> stages = ChildRuns.killRepeatedly(dir, log -> watch(feed, killed, log), KILLS, 20261204,
                    roundMillis, i -> i % 3 == 1 ? "pages analysed into" : null);
            Path lastLog = dir.resolve("last.log");
            assertThat(watch(feed, killed, lastLog).waitFor()).as(Files.readString(lastLog)).isZero();
            System.out.println("watch kills (delay: the child's last line): " + String.join(" | ", stages));

            for (String file : ChildRuns.EXPORTS) {
                assertThat(relative(killed, file)).as(file).isEqualTo(relative(clean, file));
            }
            assertThat(relative(killed, "watch-state.json")).isEqualTo(relative(clean, "watch-state.json"));
            assertThat(batches(killed)).isEqualTo(batches(clean)).hasSize(1);
            assertThat(ChildRuns.tables(clean).get("articles")).hasSize(Fixtures.SAMPLE_FILES.size());
            assertThat(ChildRuns.tables(killed).toString().replace(killed.toString(), "DIR"))
                    .isEqualTo(ChildRuns.tables(clean).toString().replace(clean.toString(), "DIR"));
        }
    }

    private static Process watch(String feed, Path out, Path log) throws IOException {
        return ChildRuns.start(log, List.of("watch", feed, "--out", out.toString(), "--once", "--allow-private",
                "--host-delay", "10ms", "--threads", "2"));
    }

    /** A file of the directory with the directory's own path (in the articles' inputs) written as DIR. */
    private static String relative(Path directory, String file) throws IOException {
        return Files.readString(directory.resolve(file)).replace(directory.toString(), "DIR");
    }

    private static List<String> batches(Path directory) throws IOException {
        List<String> batches = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory.resolve("watch"))) {
            for (Path file : files.sorted().toList()) {
                batches.add(file.getFileName() + ": " + Files.readString(file));
            }
        }
        return batches;
    }
}
