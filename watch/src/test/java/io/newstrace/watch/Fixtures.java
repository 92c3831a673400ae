package io.newstrace.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Real article text for the fixture site: the Mali sample pages wrapped in HTML, and a French HTML page. */
public final class Fixtures {
    static final Path SAMPLES = Path.of("..", "samples", "mali-russia");
    public static final List<String> SAMPLE_FILES = List.of("000_04b7ce6019992bc0.txt", "001_53bd0b684726b4b5.txt",
            "002_51550717d16b70a1.txt", "003_c0426905f188866c.txt");

    private Fixtures() {
    }

    /** A sample page dump as a simple HTML page: its first line as the title, one paragraph per block. */
    public static String samplePage(int index) {
        String text;
        try {
            text = Files.readString(SAMPLES.resolve(SAMPLE_FILES.get(index)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] blocks = text.strip().split("\\n\\s*\\n");
        String paragraphs = java.util.Arrays.stream(blocks).map(block -> "<p>" + escape(block.strip()) + "</p>")
                .collect(Collectors.joining("\n"));
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(blocks[0].strip())
                + "</title></head>\n<body>\n" + paragraphs + "\n</body></html>\n";
    }

    /** The French flood report of core's ingest tests (a real page, its source noted there). */
    static String inondationsPage() {
        try {
            return Files.readString(Path.of("..", "core", "src", "test", "resources", "ingest",
                    "fr-inondations-article.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Entry(String title, String link, String date) {
    }

    public static String rss(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>" + escape(title) + "</title><link>http://example.invalid/</link><description>test</description>\n");
        for (Entry entry : entries) {
            xml.append("<item><title>").append(escape(entry.title())).append("</title><link>").append(escape(entry.link()))
                    .append("</link><guid>").append(escape(entry.link())).append("</guid><pubDate>")
                    .append(entry.date()).append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    static String atom(String title, List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + escape(title) + "</title>"
                + "<id>urn:test:feed</id><updated>2023-11-15T08:00:00Z</updated>\n");
        for (Entry entry : entries) {
            xml.append("<entry><title>").append(escape(entry.title())).append("</title><id>urn:test:")
                    .append(escape(entry.link())).append("</id><link rel=\"alternate\" href=\"").append(escape(entry.link()))
                    .append("\"/><published>").append(entry.date()).append("</published><updated>").append(entry.date())
                    .append("</updated></entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
