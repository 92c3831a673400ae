package io.newstrace.core.ingest;

import io.newstrace.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InputWalkerTest {
    static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    @TempDir
    Path dir;

    Path write(String relative, String content) throws IOException {
        Path path = dir.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return path;
    }

    static InputWalker.Expansion expand(String... inputs) {
        return new InputWalker(NO_STDIN).expand(List.of(inputs));
    }

    static List<String> names(InputWalker.Expansion expansion) {
        return expansion.sources().stream().map(InputSource::name).toList();
    }

    /** A small corpus laid out in deliberately non-sorted creation order. */
    Path corpus() throws IOException {
        Path root = dir.resolve("corpus");
        write("corpus/sub/deep/nepal.html", "<p>Un séisme de magnitude 5,7 a frappé l’ouest du Népal.</p>");
        write("corpus/b.txt", "La grève se poursuit à l’université Paris 8.");
        write("corpus/a/z.jsonl", "{\"text\":\"Les trottinettes électriques interdites à Montréal.\"}\n");
        write("corpus/a-b.ndjson", "{\"text\":\"Glyphosate : la Commission propose une prolongation.\"}\n");
        write("corpus/A.TXT", "The Senate adjourned plenary until Tuesday.");
        write("corpus/notes.md", "# notes de rédaction");
        write("corpus/dump.json", "{\"text\":\"pas lu : extension .json\"}");
        write("corpus/sub/photo.jpg", "\u0000\u0000");
        write("corpus/.brouillon.txt", "Brouillon non publié.");
        write("corpus/.git/HEAD.txt", "ref: refs/heads/main");
        write("corpus/sub/.cache/page.html", "<p>cache</p>");
        return root;
    }

    @Test
    void directoryIsWalkedRecursivelyInSortedRelativePathOrder() throws IOException {
        String root = corpus().toString();

        InputWalker.Expansion expansion = expand(root);

        // String order of relative paths: upper case before lower case, '-' (0x2D) before '/' (0x2F)
        assertThat(names(expansion)).containsExactly(
                root + "/A.TXT",
                root + "/a-b.ndjson",
                root + "/a/z.jsonl",
                root + "/b.txt",
                root + "/sub/deep/nepal.html");
        assertThat(expansion.sources()).extracting(InputSource::format).containsExactly(
                InputFormat.TEXT, InputFormat.JSONL, InputFormat.JSONL, InputFormat.TEXT, InputFormat.HTML);
        assertThat(expansion.sources()).extracting(InputSource::path).containsExactly(
                Path.of(root, "A.TXT"), Path.of(root, "a-b.ndjson"), Path.of(root, "a", "z.jsonl"),
                Path.of(root, "b.txt"), Path.of(root, "sub", "deep", "nepal.html"));
        assertThat(expansion.failures()).isEmpty();
    }

    @Test
    void orderIsStableAcrossRuns() throws IOException {
        String root = corpus().toString();

        assertThat(expand(root)).isEqualTo(expand(root));
    }

    @Test
    void hiddenFilesAndDirectoriesAreNotRead() throws IOException {
        String root = corpus().toString();

        assertThat(names(expand(root)))
                .noneMatch(name -> name.contains("/."))
                .doesNotContain(root + "/.brouillon.txt", root + "/.git/HEAD.txt", root + "/sub/.cache/page.html");
    }

    @Test
    void filesOfUnknownTypeInDirectoriesAreSkippedAndCounted() throws IOException {
        write("visible/article.htm", "<p>Les Namibiens rendent hommage à Hage Geingob.</p>");
        write("visible/notes.md", "# notes de rédaction");
        write("visible/dump.json", "{\"text\":\"pas lu : extension .json\"}");
        write("visible/img/photo.jpg", "\u0000\u0000");
        write("visible/page.xhtml", "<p>Crise des crèches aux États-Unis.</p>");
        String root = dir.resolve("visible").toString();

        InputWalker.Expansion expansion = expand(root);

        assertThat(names(expansion)).containsExactly(root + "/article.htm", root + "/page.xhtml");
        assertThat(expansion.skippedFiles()).isEqualTo(3);
    }

    @Test
    void hiddenFilesAreCountedAsSkipped() throws IOException {
        String root = corpus().toString();

        // 3 unknown types (notes.md, dump.json, sub/photo.jpg) + 3 hidden: .brouillon.txt and the directories .git
        // and sub/.cache, each counted once
        assertThat(expand(root).skippedFiles()).isEqualTo(6);
    }

    @Test
    void trailingSlashOnTheDirectoryDoesNotDoubleTheSeparator() throws IOException {
        String root = corpus().toString();

        assertThat(names(expand(root + "/"))).startsWith(root + "/A.TXT").contains(root + "/sub/deep/nepal.html");
    }

    @Test
    void argumentsKeepTheirOrderAndExplicitFilesKeepTheirGivenName() throws IOException {
        Path root = corpus();
        Path b = root.resolve("b.txt");
        Path sub = root.resolve("sub");

        InputWalker.Expansion expansion = expand(b.toString(), sub.toString(), root.resolve("A.TXT").toString());

        assertThat(names(expansion)).containsExactly(
                b.toString(), sub + "/deep/nepal.html", root.resolve("A.TXT").toString());
    }

    @Test
    void explicitHiddenFileIsRead() throws IOException {
        Path hidden = corpus().resolve(".brouillon.txt");

        InputWalker.Expansion expansion = expand(hidden.toString());

        assertThat(expansion.sources()).containsExactly(new InputSource(hidden.toString(), hidden, InputFormat.TEXT));
        assertThat(expansion.skippedFiles()).isZero();
    }

    @Test
    void explicitFileWithUnknownExtensionIsSniffed() throws IOException {
        Path jsonl = write("export.json", "{\"text\":\"Le merlu européen revient dans le golfe de Gascogne.\"}\n");
        Path html = write("page.php", "  <!DOCTYPE html><html><body><p>Maduro en survêtement.</p></body></html>");
        Path text = write("README", "Dépêche AFP reçue à 10 h 42.");

        InputWalker.Expansion expansion = expand(jsonl.toString(), html.toString(), text.toString());

        assertThat(expansion.sources()).extracting(InputSource::format)
                .containsExactly(InputFormat.JSONL, InputFormat.HTML, InputFormat.TEXT);
    }

    @Test
    void missingPathFailsNamingItAndTheOtherInputsAreKept() throws IOException {
        Path present = write("present.txt", "Le Conseil d’État a rejeté le recours.");
        String missing = dir.resolve("absent/article.txt").toString();

        InputWalker.Expansion expansion = expand(missing, present.toString());

        assertThat(expansion.failures())
                .containsExactly(new IngestEvent.Failed(missing, "no such file or directory"));
        assertThat(names(expansion)).containsExactly(present.toString());
    }

    @Test
    void specialFileIsRefused() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs a /dev/null device");

        assertThat(expand("/dev/null").failures())
                .containsExactly(new IngestEvent.Failed("/dev/null", "not a regular file or directory"));
    }

    @Test
    void emptyDirectoryGivesNothing() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("vide"));

        assertThat(expand(empty.toString())).isEqualTo(new InputWalker.Expansion(List.of(), List.of(), 0));
    }

    @Test
    void dashReadsStandardInputSpooledToAFile() throws IOException {
        String lines = "{\"text\":\"Assange ne sera pas poursuivi en Suède.\",\"outlet\":\"BBC\"}\n"
                + "{\"text\":\"Sweden drops Assange rape investigation.\"}\n";
        InputStream stdin = new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8));

        InputWalker.Expansion expansion = new InputWalker(stdin).expand(List.of("-"));

        assertThat(expansion.sources()).singleElement().satisfies(source -> {
            assertThat(source.name()).isEqualTo("-");
            assertThat(source.format()).isEqualTo(InputFormat.JSONL);
            assertThat(Files.readString(source.path())).isEqualTo(lines);
        });

        List<IngestEvent> events = new ArrayList<>();
        new DocumentReader(InputLimits.DEFAULT.withMaxDocumentBytes(1 << 20)).read(expansion.sources().get(0), events::add);
        assertThat(events).map(event -> ((IngestEvent.Read) event).document())
                .extracting(Document::input).containsExactly("-:1", "-:2");
    }

    @Test
    void stdinFormatIsRecognisedByContent() {
        InputStream html = new ByteArrayInputStream(
                "<html><body><p>Trump impeachment hearing resumes.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        InputStream text = new ByteArrayInputStream(
                "Le ministre de la Santé a démissionné.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(new InputWalker(html).expand(List.of("-")).sources())
                .extracting(InputSource::format).containsExactly(InputFormat.HTML);
        assertThat(new InputWalker(text).expand(List.of("-")).sources())
                .extracting(InputSource::format).containsExactly(InputFormat.TEXT);
    }

    @Test
    void stdinAndFilesMixInArgumentOrder() throws IOException {
        Path file = write("avant.txt", "Avant.");
        InputStream stdin = new ByteArrayInputStream("Pendant.".getBytes(StandardCharsets.UTF_8));

        InputWalker.Expansion expansion = new InputWalker(stdin).expand(List.of(file.toString(), "-"));

        assertThat(names(expansion)).containsExactly(file.toString(), "-");
    }
}
