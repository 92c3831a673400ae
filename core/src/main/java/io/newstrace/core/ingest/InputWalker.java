package io.newstrace.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Expands the inputs named on the command line into the files to read, in a stable order:
 * arguments in the order given, each directory walked recursively with its files sorted by relative path.
 * In directories, hidden files, hidden directories (not entered) and files of unknown type are passed over and
 * counted; a file named
 * explicitly is always read, its format guessed from its content when the extension says nothing.
 */
public final class InputWalker {
    public static final String STDIN = "-";

    /** The files to read, the inputs that could not be opened, and how many files were passed over. */
    public record Expansion(List<InputSource> sources, List<IngestEvent.Failed> failures, int skippedFiles) {
    }

    private final InputStream stdin;

    public InputWalker(InputStream stdin) {
        this.stdin = stdin;
    }

    public Expansion expand(List<String> inputs) {
        List<InputSource> sources = new ArrayList<>();
        List<IngestEvent.Failed> failures = new ArrayList<>();
        int skipped = 0;
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                sources.add(spoolStdin());
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                Walk walk = walk(path, input);
                skipped += walk.hidden();
                failures.addAll(walk.failures());
                for (Path file : walk.files()) {
                    Optional<InputFormat> format = InputFormat.byExtension(file.getFileName().toString());
                    if (format.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    String name = displayName(input, path.relativize(file));
                    sources.add(new InputSource(name, file, format.get()));
                }
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    failures.add(new IngestEvent.Failed(input, "cannot read file: permission denied"));
                    continue;
                }
                InputFormat format = InputFormat.byExtension(path.getFileName().toString())
                        .orElseGet(() -> InputFormat.sniff(head(path)));
                sources.add(new InputSource(input, path, format));
            } else if (Files.exists(path)) {
                failures.add(new IngestEvent.Failed(input, "not a regular file or directory"));
            } else {
                failures.add(new IngestEvent.Failed(input, "no such file or directory"));
            }
        }
        return new Expansion(List.copyOf(sources), List.copyOf(failures), skipped);
    }

    /** The files found under a directory, how many hidden files and directories were passed over, and failures. */
    private record Walk(List<Path> files, int hidden, List<IngestEvent.Failed> failures) {
    }

    /** Walks a directory; a sub-directory that cannot be listed is reported and the walk goes on. */
    private static Walk walk(Path directory, String given) {
        List<Path> files = new ArrayList<>();
        List<IngestEvent.Failed> failures = new ArrayList<>();
        int[] hidden = {0};
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(directory) || !isHidden(dir.getFileName())) {
                        return FileVisitResult.CONTINUE;
                    }
                    // A hidden directory (.git, .cache) counts once: its files are not the user's articles.
                    hidden[0]++;
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(file.getFileName())) {
                        hidden[0]++;
                    } else {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new IngestEvent.Failed(displayName(given, directory.relativize(file)),
                            "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new IngestEvent.Failed(given, "cannot list directory: " + e.getMessage()));
        }
        files.sort(Comparator.comparing(file -> directory.relativize(file).toString()));
        return new Walk(files, hidden[0], failures);
    }

    private static boolean isHidden(Path name) {
        return name != null && name.toString().startsWith(".");
    }

    private static String displayName(String given, Path relative) {
        String base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        return base + "/" + relative.toString().replace('\\', '/');
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Standard input can be read only once and the pipeline reads its inputs twice, so it is spooled to disk. */
    private InputSource spoolStdin() {
        try {
            Path spool = Files.createTempFile("newstrace-stdin", ".spool");
            spool.toFile().deleteOnExit();
            Files.copy(stdin, spool, StandardCopyOption.REPLACE_EXISTING);
            return new InputSource(STDIN, spool, InputFormat.sniff(head(spool)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
