package io.newstrace.bench;

import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the real page text the generator draws from is read. */
final class SourceOptions {
    @Option(names = "--samples", paramLabel = "DIR",
            description = "The bundled sample pages (default: ../samples/mali-russia or samples/mali-russia, "
                    + "whichever exists).")
    Path samples;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "More real page dumps (.txt) to draw from (default: core/src/test/resources/pages "
                    + "or ../core/src/test/resources/pages when it exists).")
    Path pages;

    CorpusGenerator generator(PrintStream log) {
        List<Path> directories = directories();
        CorpusGenerator generator = CorpusGenerator.fromDirectories(directories);
        log.println("source pages: " + generator.pages().size() + " from " + directories);
        return generator;
    }

    /** The directories of real text found: the samples, and the labelled pages when they exist. */
    List<Path> directories() {
        List<Path> directories = new ArrayList<>();
        directories.add(CorpusGenerator.resolveSamples(samples));
        Path pageDir = CorpusGenerator.resolvePages(pages);
        if (pageDir != null) {
            directories.add(pageDir);
        }
        return directories;
    }
}
