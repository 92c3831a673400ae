package io.newstrace.bench;

import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator makes non-empty, reproducible, distinct page dumps in which the cleaner finds an article. */
class CorpusGeneratorTest {
    private static final int DOCUMENTS = 20;

    private static CorpusGenerator generator() {
        return CorpusGenerator.fromDirectories(List.of(CorpusGenerator.resolveSamples(null)));
    }

    @Test
    void writesNonEmptyDistinctPagesOfRealisticSize(@TempDir Path dir) throws IOException {
        CorpusGenerator.Written written = generator().write(dir, DOCUMENTS, 42);

        assertThat(written.files()).hasSize(DOCUMENTS);
        var contents = new HashSet<String>();
        for (Path file : written.files()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).isNotBlank();
            assertThat(text.getBytes(StandardCharsets.UTF_8).length)
                    .isBetween(CorpusGenerator.MIN_BYTES / 2, CorpusGenerator.MAX_BYTES + 2048);
            assertThat(text).contains("\n\n");
            contents.add(text);
        }
        assertThat(contents).as("no two documents are the same").hasSize(DOCUMENTS);
        assertThat(written.bytes()).isEqualTo(written.files().stream().mapToLong(CorpusGeneratorTest::size).sum());
    }

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDiffers(@TempDir Path dir) throws IOException {
        CorpusGenerator.Written first = generator().write(dir.resolve("a"), DOCUMENTS, 7);
        CorpusGenerator.Written second = generator().write(dir.resolve("b"), DOCUMENTS, 7);
        CorpusGenerator.Written other = generator().write(dir.resolve("c"), DOCUMENTS, 8);

        int differing = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            byte[] a = Files.readAllBytes(first.files().get(i));
            assertThat(Files.readAllBytes(second.files().get(i))).as("document %d", i).isEqualTo(a);
            if (!java.util.Arrays.equals(a, Files.readAllBytes(other.files().get(i)))) {
                differing++;
            }
        }
        assertThat(differing).isEqualTo(DOCUMENTS);
    }

    @Test
    void cleanerFindsTheBodyParagraphs(@TempDir Path dir) throws IOException {
        CorpusGenerator.Written written = generator().write(dir, DOCUMENTS, 3);
        Cleaner cleaner = new Cleaner(CleanConfig.DEFAULT);
        List<String> raws = new ArrayList<>();
        for (Path file : written.files()) {
            raws.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        CorpusProfile.Builder builder = cleaner.newProfileBuilder();
        raws.forEach(builder::add);
        CorpusProfile profile = builder.build();

        int removed = 0;
        for (int i = 0; i < raws.size(); i++) {
            Article article = cleaner.clean(new Document(null, "doc" + i, "text", raws.get(i), DocumentHints.NONE),
                    "doc" + i, profile);
            assertThat(article.paragraphs()).as("paragraphs of document %d", i).hasSizeGreaterThanOrEqualTo(2);
            assertThat(article.text().length()).as("body of document %d", i).isGreaterThan(400);
            removed += article.removed().size();
        }
        assertThat(removed).as("furniture found in the documents").isGreaterThanOrEqualTo(DOCUMENTS);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
