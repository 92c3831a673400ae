package io.newstrace.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class StoreBenchCommandTest {

    @Test
    void measuresAStoreOfThreeHundredArticlesAndItsServerWithoutErrors(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path dir = directory.resolve("bench");
        int exit = new CommandLine(new StoreBenchCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute("--articles", "300", "--clients", "4", "--seconds", "2", "--warmup-seconds", "1", "--queries", "200",
                        "--warmup-queries", "50", "--dir", dir.toString());
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("import+index", "store size: newstrace.db", "search all", "http all",
                "http throughput:", "page ready (sum)", "target search p99 <= 50 ms");
        assertThat(number(output, "search total hits: (\\d+)")).as(output).isPositive();
        assertThat(number(output, "http errors: (\\d+) of \\d+ requests")).as(output).isZero();
        assertThat(number(output, "http errors: \\d+ of (\\d+) requests")).as(output).isPositive();
        assertThat(number(output, "page ready \\(sum\\) +(\\d+)")).isEqualTo(200);
        assertThat(output).doesNotContain("search error:");
        // The run directory is complete, and the store was written next to it.
        assertThat(Files.readAllLines(dir.resolve("run").resolve("articles.jsonl"))).hasSize(300);
        assertThat(dir.resolve("store").resolve("newstrace.db")).isNotEmptyFile();

        // Measured again as it is: no import, the same requests answered.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        String[] arguments = {"--articles", "300", "--clients", "2", "--seconds", "1", "--warmup-seconds", "1", "--queries", "20",
                "--warmup-queries", "5", "--dir", dir.toString(), "--reuse"};
        exit = new CommandLine(new StoreBenchCommand(new PrintStream(again, true, StandardCharsets.UTF_8)))
                .execute(arguments);
        String reused = again.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(reused).isZero();
        assertThat(reused).contains("store: reused from an earlier run").doesNotContain("import+index");
        assertThat(number(reused, "http errors: (\\d+) of \\d+ requests")).as(reused).isZero();

        arguments[1] = "200";
        StringWriter refused = new StringWriter();
        exit = new CommandLine(new StoreBenchCommand(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).setErr(new PrintWriter(refused)).execute(arguments);
        assertThat(exit).isNotZero();
        assertThat(refused.toString()).contains("holds 300 articles, not 200");
    }

    private static long number(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        assertThat(matcher.find()).as("no line matches " + pattern + " in:\n" + output).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
