package io.newstrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
    private static final List<String> EXPORTS = List.of("articles.jsonl", "entities.jsonl", "quotes.jsonl",
            "sources.jsonl", "reuse.jsonl", "stories.jsonl", "provenance.jsonl", "outlet_links.jsonl",
            "statements.jsonl", "articles.csv", "quotes.csv", "entities.csv", "sources.csv", "reuse.csv",
            "graph.gexf", "report.html");
    private static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "sources",
            "reuse", "stories", "story_articles", "provenance", "outlet_links");
    private static final int KILLS = 8;

    @Test
    void runsKilledAtRandomMomentsThenRunToTheEndEqualOneUninterruptedRun(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean");
        long started = System.nanoTime();
        assertThat(analyze(clean, dir.resolve("clean.log")).waitFor()).isZero();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Path killed = dir.resolve("killed");
        Random random = new Random(20261203);
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            Path log = dir.resolve("kill-" + i + ".log");
            Process run = analyze(killed, log);
            if (i % 4 == 1 || i % 4 == 3) {
                // Right as the exports are written ("N articles, …" is printed after them) or the store import
                // starts ("wrote …"): the short stages a random moment seldom hits.
                String trigger = i % 4 == 1 ? " articles, " : "wrote articles";
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(runMillis * 3);
                while (run.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains(trigger)) {
                    Thread.sleep(5);
                }
                run.destroyForcibly().waitFor();
                stages.add("on \"" + trigger.strip() + "\": " + lastLine(log));
            } else {
                // Up to 20% past a whole run, so that some kills fall on a run that already finished.
                long delay = (long) (random.nextDouble() * runMillis * 1.2);
                if (!run.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    run.destroyForcibly().waitFor();
                }
                stages.add(delay + " ms: " + lastLine(log));
            }
        }
        Process last = analyze(killed, dir.resolve("last.log"));
        assertThat(last.waitFor()).as(Files.readString(dir.resolve("last.log"))).isZero();
        System.out.println("kills (delay: the child's last line): " + String.join(" | ", stages));

        for (String file : EXPORTS) {
            assertThat(Files.readString(killed.resolve(file))).as(file).isEqualTo(Files.readString(clean.resolve(file)));
        }
        assertThat(tables(killed)).isEqualTo(tables(clean));
        assertThat(Files.list(killed).map(path -> path.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".partial"));
    }

    /** Starts {@code newstrace analyze} in its own JVM, as a user would, its output to the log. */
    private static Process analyze(Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Newstrace.class.getName(), "analyze"));
        command.addAll(INPUTS);
        command.addAll(List.of("--out", out.toString(), "--threads", "2"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(nothing yet)" : lines.get(lines.size() - 1);
    }

    /** Every row of the store's record tables, sorted (the import log, with its times, is left out). */
    private static Map<String, List<String>> tables(Path directory) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("newstrace.db")
                .toString().replace(File.separatorChar, '/'));
             Statement statement = db.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(rs.getString(column)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
