package io.newstrace.core;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.Span;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.text.Folding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Test access to the bundled sample corpus and the real-page fixtures, and to what the cleaner made of a line. */
public final class Samples {
    public static final Path SAMPLE_DIR = Path.of("..", "samples", "mali-russia");
    public static final Path PAGES_DIR = Path.of("src", "test", "resources", "pages");

    private static Annotator annotator;

    private Samples() {
    }

    public static List<Path> sampleFiles() {
        return list(SAMPLE_DIR, ".txt");
    }

    public static List<Path> pageFiles() {
        return list(PAGES_DIR, ".txt");
    }

    private static List<Path> list(Path dir, String extension) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cleans the files together: the corpus profile sees all of them, as in a real run. */
    public static List<Article> clean(List<Path> files) {
        Cleaner cleaner = new Cleaner(CleanConfig.DEFAULT);
        CorpusProfile.Builder builder = cleaner.newProfileBuilder();
        files.forEach(file -> builder.add(read(file)));
        CorpusProfile profile = builder.build();
        return files.stream().map(file -> cleaner.clean(
                new Document(null, file.toString(), "text", read(file), DocumentHints.NONE),
                file.getFileName().toString(), profile)).toList();
    }

    /** The files cleaned together, then annotated, as in a run (one annotator, its models loaded once). */
    public static synchronized List<Annotated> annotate(List<Path> files) {
        if (annotator == null) {
            annotator = new Annotator(List.of("fr", "en"), List.of("fr", "en"), OutletRegistry.bundled());
        }
        return clean(files).stream().map(annotator::annotate).toList();
    }

    /** The text written to a file of that name in the directory, then annotated as an article read from it. */
    public static Annotated annotateText(Path directory, String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return annotate(List.of(file)).get(0);
    }

    /** The first quote of the article whose words start with {@code start}, exactly. */
    public static Quote quote(Annotated annotated, String start) {
        String raw = annotated.article().raw();
        return annotated.quotes().stream().filter(q -> q.span().of(raw).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with " + start + " in " + annotated.quotes()));
    }

    /** The speaker's name of that quote; null when it has none. */
    public static String speakerOf(Annotated annotated, String start) {
        Quote quote = quote(annotated, start);
        return quote.speaker() == null ? null : quote.speaker().name();
    }

    /** The article whose input file name starts with {@code prefix} ("000", "en-reuters"). */
    public static Annotated named(List<Annotated> articles, String prefix) {
        return articles.stream()
                .filter(a -> Path.of(a.article().input()).getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no article " + prefix));
    }

    /**
     * What became of the line that is {@code prefix}, or else of the first line that starts with it: "body",
     * "title", "byline", "published", or the removal reason; empty when there is no such line. Lines are compared
     * as a reader sees them: no-break and ordinary spaces alike.
     */
    public static Optional<String> fate(Article article, String prefix) {
        String wanted = Folding.matchForm(prefix);
        Optional<String> exact = fate(article, text -> Folding.matchForm(text).equals(wanted));
        return exact.isPresent() ? exact : fate(article, text -> Folding.matchForm(text).startsWith(wanted));
    }

    private static Optional<String> fate(Article article, java.util.function.Predicate<String> line) {
        String raw = article.raw();
        for (Span paragraph : article.paragraphs()) {
            if (line.test(paragraph.of(raw))) {
                return Optional.of("body");
            }
        }
        for (MetadataSpan span : article.metadata()) {
            if (line.test(span.span().of(raw))) {
                return Optional.of(span.field().code());
            }
        }
        for (RemovedSpan removed : article.removed()) {
            if (line.test(removed.span().of(raw))) {
                return Optional.of(removed.reason().code());
            }
        }
        return Optional.empty();
    }

}
