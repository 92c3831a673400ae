package io.newstrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newstrace watch} as typed: exit codes and messages (rounds themselves are tested in the watch module). */
class WatchCommandTest {
    private record Result(int exitCode, String err) {
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Newstrace.commandLine();
        cli.setErr(new PrintWriter(err));
        return new Result(cli.execute(args), err.toString());
    }

    @Test
    void aLoopbackFeedIsRefusedWithoutAllowPrivateAndTheRoundFails(@TempDir Path dir) {
        // Refused before any connection is attempted: nothing listens on this port.
        Result result = run("watch", "http://127.0.0.1:9/feed.xml", "--out", dir.toString(), "--once");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("http://127.0.0.1:9/feed.xml: refused: 127.0.0.1 resolves to 127.0.0.1",
                "--allow-private", "1 feeds (0 unchanged, 1 failed)");
    }

    @Test
    void badUsageExitsTwo(@TempDir Path dir) {
        assertThat(run("watch", "https://a.example/rss.xml", "--out", dir.toString(), "--interval", "soon")
                .err()).contains("'soon' is not a duration");
        assertThat(run("watch", "https://a.example/rss.xml", "--out", dir.toString(), "--interval", "soon").exitCode())
                .isEqualTo(2);
        Result missing = run("watch", dir.resolve("feeds.txt").toString(), "--out", dir.toString(), "--once");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the feed list");
    }
}
