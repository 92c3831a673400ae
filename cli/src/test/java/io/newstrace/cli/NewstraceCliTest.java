package io.newstrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user types it: exit codes, help, version, outputs. */
class NewstraceCliTest {
    private static final String SAMPLES = Path.of("..", "samples", "mali-russia").toString();

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newstrace.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void analyzeWritesExportsAndExitsZero(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Result result = run("analyze", SAMPLES, "--out", out.toString(), "--threads", "2");
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(5);
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"format\" : \"newstrace/1\"");
        assertThat(out).isDirectoryNotContaining("glob:**/.*.partial");
    }

    @Test
    void evalQuotesTakesPagesAndQuotesOrAPolnearCheckoutButNotBoth() {
        String polnear = Path.of("..", "core", "src", "test", "resources", "polnear").toString();
        assertThat(run("eval", "quotes", "--polnear", polnear, "--verbose").exitCode()).isZero();
        assertThat(run("eval", "quotes", "--polnear", polnear, "--split", "validation").exitCode()).isEqualTo(2);
        assertThat(run("eval", "quotes", "--polnear", polnear, "pages").exitCode()).isEqualTo(2);
        assertThat(run("eval", "quotes").exitCode()).isEqualTo(2);
    }

    @Test
    void compareExplainsWhatTwoArticlesShareAndWhatStayedBelowTheThresholds(@TempDir Path dir) throws IOException {
        Path first = Path.of(SAMPLES, "003_c0426905f188866c.txt");
        Path second = Path.of(SAMPLES, "004_24a99d11104780b5.txt");

        Result interview = run("compare", first.toString(), second.toString());

        assertThat(interview.exitCode()).isZero();
        assertThat(interview.out()).contains("5-word shingles", "shared shingles:", "not reported: 13 words < 20",
                "statements both report: 1", "quote-reworded");

        String copied = Files.readString(Path.of(SAMPLES, "000_04b7ce6019992bc0.txt")).split("\n\n")[5];
        Path relay = Files.writeString(dir.resolve("relay.txt"), "Un autre titre\n\n" + copied + "\n");
        Result passage = run("compare", Path.of(SAMPLES, "000_04b7ce6019992bc0.txt").toString(), relay.toString());
        assertThat(passage.exitCode()).isZero();
        assertThat(passage.out()).contains("REPORTED", "score 1.000");
        assertThat(run("compare", first.toString(), dir.resolve("missing.txt").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void analyzeWritesAStoreThatSearchQueriesWithFilters(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertThat(run("analyze", SAMPLES, "--out", out.toString()).exitCode()).isZero();
        assertThat(out.resolve("newstrace.db")).exists();

        Result rt = run("search", out.toString(), "cooperation", "--state-affiliated", "true");
        assertThat(rt.exitCode()).isZero();
        assertThat(rt.out()).startsWith("1 articles").contains("  rt  ");
        assertThat(run("search", out.toString(), "Wagner", "--speaker", "Abdoulaye Diop").exitCode()).isEqualTo(3);
        assertThat(run("search", out.toString(), "coop AND (").exitCode()).isEqualTo(2);
        assertThat(run("search", dir.toString(), "Mali").exitCode()).isEqualTo(1);
    }

    @Test
    void nothingReadableExitsOne(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Result result = run("analyze", empty.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out").resolve("run.json"))).contains("empty file");
    }

    @Test
    void anEngineWhoseModuleIsNotOnTheClassPathIsAUsageError(@TempDir Path dir) {
        // The cli module does not depend on the spark module: only the launcher puts it on the class path.
        Path out = dir.resolve("out");
        assertThat(run("analyze", SAMPLES, "--out", out.toString(), "--engine", "spark").exitCode()).isEqualTo(2);
        assertThat(run("analyze", SAMPLES, "--out", out.toString(), "--master", "local[2]").exitCode()).isEqualTo(2);
        assertThat(out.resolve("run.json")).doesNotExist();
    }

    @Test
    void aUserRegistryAddsOutletsAndABadOneIsAUsageError(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.jsonl"),
                "{\"id\":\"panorama\",\"name\":\"Panorama\",\"aliases\":[\"panorama papers\"],"
                        + "\"type\":\"online\",\"state_affiliated\":false}\n");
        Path out = dir.resolve("out");
        Result good = run("analyze", SAMPLES, "--out", out.toString(), "--registry", mine.toString());
        assertThat(good.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("articles.jsonl"))).contains("\"registry\":\"panorama\"");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"name\":\"X\",\"type\":\"tabloid\"}\n");
        assertThat(run("analyze", SAMPLES, "--out", dir.resolve("out2").toString(), "--registry", bad.toString())
                .exitCode()).isEqualTo(2);
    }

    @Test
    void missingOutputOptionIsAUsageError() {
        Result result = run("analyze", SAMPLES);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void helpAndVersion() {
        Result help = run("analyze", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--threads", "--out", "INPUT");
        Result version = run("--version");
        assertThat(version.out()).startsWith("newstrace ");
    }
}
