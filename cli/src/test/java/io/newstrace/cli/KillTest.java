package io.newstrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} killed with SIGKILL at random moments, again and again, into one directory, then run to the end:
 * the exports and the store must equal those of a run that was never interrupted. Each kill lands somewhere in
 * reading, analysing, writing the exports or importing into the store (the child's last line says where).
 */
class KillTest {
    private static final List<String> INPUTS = List.of(Path.of("..", "samples", "mali-russia").toString(),
            Path.of("..", "core", "src", "test", "resources", "pages").toString());
    private static final int KILLS = 8;

    @Test
    void runsKilledAtRandomMomentsThenRunToTheEndEqualOneUninterruptedRun(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean");
        long started = System.nanoTime();
        assertThat(analyze(clean, dir.resolve("clean.log")).waitFor()).isZero();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Path killed = dir.resolve("killed");
        // Besides random moments: right as the exports are written ("N articles, …" is printed after them) or the
        // store import starts ("wrote …"), the short stages a random moment seldom hits.
        List<String> stages = ChildRuns.killRepeatedly(dir, log -> analyze(killed, log), KILLS, 20261203, runMillis,
                i -> i % 4 == 1 ? " articles, " : i % 4 == 3 ? "wrote articles" : null);
        Process last = analyze(killed, dir.resolve("last.log"));
        assertThat(last.waitFor()).as(Files.readString(dir.resolve("last.log"))).isZero();
        System.out.println("kills (delay: the child's last line): " + String.join(" | ", stages));

        for (String file : ChildRuns.EXPORTS) {
            assertThat(Files.readString(killed.resolve(file))).as(file).isEqualTo(Files.readString(clean.resolve(file)));
        }
        assertThat(ChildRuns.tables(killed)).isEqualTo(ChildRuns.tables(clean));
        assertThat(Files.list(killed).map(path -> path.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".partial"));
    }

    private static Process analyze(Path out, Path log) throws IOException {
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(INPUTS);
        args.addAll(List.of("--out", out.toString(), "--threads", "2"));
        return ChildRuns.start(log, args);
    }
}
