package io.newstrace.cli;

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
import java.util.function.IntFunction;

/** {@code newstrace} commands in their own JVMs, to be killed, and what they leave in an output directory. */
final class ChildRuns {
    /** Every export a complete run writes, but {@code run.json} (its times differ from run to run). */
    static final List<String> EXPORTS = List.of("articles.jsonl", "entities.jsonl", "quotes.jsonl",
            "sources.jsonl", "reuse.jsonl", "stories.jsonl", "provenance.jsonl", "outlet_links.jsonl",
            "statements.jsonl", "articles.csv", "quotes.csv", "entities.csv", "sources.csv", "reuse.csv",
            "graph.gexf", "report.html");
    private static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "sources",
            "reuse", "stories", "story_articles", "provenance", "outlet_links");

    private ChildRuns() {
    }

    /** Starts {@code newstrace ARGS…} in its own JVM, as a user would, its output to the log. */
    static Process start(Path log, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Newstrace.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Starts one run, its output to the log. */
    interface Launcher {
        Process start(Path log) throws IOException;
    }

    /**
     * Starts runs one after the other, each killed with SIGKILL: once its log holds the trigger of its index, or,
     * where there is none (null), at a random moment up to 20% past a whole run ({@code runMillis}), so that some
     * kills fall on a run that already finished. Returns, for each kill, when it came and the child's last line.
     */
    static List<String> killRepeatedly(Path logs, Launcher launcher, int kills, long seed, long runMillis,
                                       IntFunction<String> trigger) throws Exception {
        Random random = new Random(seed);
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            Path log = logs.resolve("kill-" + i + ".log");
            Process run = launcher.start(log);
            String on = trigger.apply(i);
            if (on != null) {
                killOn(run, log, on, runMillis * 3);
                stages.add("on \"" + on.strip() + "\": " + lastLine(log));
            } else {
                long delay = (long) (random.nextDouble() * runMillis * 1.2);
                killAfter(run, delay);
                stages.add(delay + " ms: " + lastLine(log));
            }
        }
        return stages;
    }

    /** Kills the run with SIGKILL once its log holds {@code trigger}, or after {@code timeoutMillis}. */
    private static void killOn(Process run, Path log, String trigger, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (run.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains(trigger)) {
            Thread.sleep(5);
        }
        run.destroyForcibly().waitFor();
    }

    /** Kills the run with SIGKILL after {@code delayMillis} unless it ended before. */
    private static void killAfter(Process run, long delayMillis) throws InterruptedException {
        if (!run.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            run.destroyForcibly().waitFor();
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(nothing yet)" : lines.get(lines.size() - 1);
    }

    /** Every row of the store's record tables, sorted (the import log, with its times, is left out). */
    static Map<String, List<String>> tables(Path directory) throws SQLException {
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
