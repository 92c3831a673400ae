package io.newstrace.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code torture --out DIR [--small]}: writes the hostile-input corpus that {@code analyze} must survive. */
@Command(name = "torture",
        mixinStandardHelpOptions = true,
        description = "Writes a corpus of hostile inputs into DIR (binary files with text names, wrong and mixed "
                + "encodings, empty and huge files, deeply nested HTML, gzip and WARC bombs, damaged archives, "
                + "malformed JSON lines, XXE and billion-laughs feeds, script payloads, control and bidi "
                + "characters) and two real articles. Then run: newstrace analyze DIR --out OUT.")
final class TortureCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write to (created if missing; must be empty).")
    Path out;

    @Option(names = "--small",
            description = "Shrink the huge page, the bombs and the huge line to a few MB and the nesting to 10,000 "
                    + "levels (what the tests use).")
    boolean small;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Where to copy the two real articles from (default: ../samples/mali-russia or "
                    + "samples/mali-russia, whichever exists).")
    Path samples;

    @Override
    public Integer call() throws Exception {
        Corpora.requireEmpty(out);
        long start = System.nanoTime();
        List<TortureCorpus.Entry> entries = TortureCorpus.write(out, CorpusGenerator.resolveSamples(samples), small);
        long bytes = 0;
        for (TortureCorpus.Entry entry : entries) {
            System.out.printf(Locale.ROOT, "%-40s %12d  %s%n", entry.path(), entry.bytes(), entry.what());
            bytes += entry.bytes();
        }
        System.out.printf(Locale.ROOT, "wrote %d files, %.1f MB, in %.1f s into %s%n", entries.size(), bytes / 1e6,
                (System.nanoTime() - start) / 1e9, out);
        return 0;
    }
}
