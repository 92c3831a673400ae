package io.newstrace.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code generate --articles N --out DIR [--seed S]}: writes a synthetic corpus of page dumps. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes N synthetic page dumps (NNNNNN.txt, 2-8 KB each) made of real page text into DIR. "
                + "The same seed and sources give the same bytes.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = {"-n", "--articles"}, required = true, paramLabel = "N", description = "Documents to write.")
    int articles;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Directory to write to (created if missing; must be empty).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    SourceOptions sources = new SourceOptions();

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            System.err.println("--articles must be at least 1");
            return 2;
        }
        CorpusGenerator generator = sources.generator(System.out);
        Corpora.requireEmpty(out);
        long start = System.nanoTime();
        CorpusGenerator.Written written = generator.write(out, articles, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "generated %d articles, %.1f MB, in %.1f s into %s (seed %d)%n",
                written.files().size(), written.bytes() / 1e6, seconds, out, seed);
        return 0;
    }
}
