package io.newstrace.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of hostile inputs for {@code analyze}: files that lie about their type, wrong and mixed encodings,
 * empty and oversized files, pathologically nested HTML, decompression bombs, damaged archives, malformed JSON lines,
 * XML feeds with external entities, script payloads, and text dense with control, bidi, emoji and combining
 * characters; plus two real articles that a run must still analyse. The same {@code small} flag gives the same bytes.
 */
final class TortureCorpus {
    /** One file written: its path relative to the corpus directory, its size, and what makes it hostile. */
    record Entry(String path, long bytes, String what) {
    }

    /** Sizes of the large inputs: the full corpus, or a slice that a test writes in a second. */
    private record Sizes(long hugePage, long bombExpanded, long hugeLine, int nestingDepth) {
    }

    private static final Sizes FULL = new Sizes(200L << 20, 2L << 30, 25L << 20, 100_000);
    /** Still far past every limit; jsoup takes a second or two per 100,000 levels, too long for a test. */
    private static final Sizes SMALL = new Sizes(3L << 20, 64L << 20, 3L << 20, 10_000);
    private static final String PROSE = "Le ministre malien des Affaires étrangères, Abdoulaye Diop, a déclaré "
            + "jeudi à Bamako que la coopération avec la Russie se poursuivrait, malgré les critiques de ses voisins. ";

    private final Path out;
    private final Sizes sizes;
    private final Random random = new Random(8);
    private final List<Entry> entries = new ArrayList<>();

    private TortureCorpus(Path out, boolean small) {
        this.out = out;
        this.sizes = small ? SMALL : FULL;
    }

    /** Writes the corpus into {@code out} (created if missing) and lists what it wrote, in writing order. */
    static List<Entry> write(Path out, Path samples, boolean small) throws IOException {
        TortureCorpus corpus = new TortureCorpus(out, small);
        corpus.normalArticles(samples);
        corpus.binaries();
        corpus.encodings();
        corpus.empty();
        corpus.huge();
        corpus.deep();
        corpus.bombs();
        corpus.damagedArchives();
        corpus.jsonLines();
        corpus.feeds();
        corpus.scripts();
        corpus.denseText();
        return List.copyOf(corpus.entries);
    }

    private void normalArticles(Path samples) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(samples)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(2).toList();
        }
        if (pages.size() < 2) {
            throw new IllegalArgumentException("need two .txt sample articles in " + samples);
        }
        for (Path page : pages) {
            write("normal/" + page.getFileName(), Files.readAllBytes(page), "a real article, to be analysed");
        }
    }

    private void binaries() throws IOException {
        byte[] png = randomBytes(20_000);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        write("binary/image.txt", png, "a PNG image named .txt");
        write("binary/random.html", randomBytes(50_000), "random bytes named .html");
        write("binary/archive.jsonl", gzip(PROSE.repeat(200).getBytes(StandardCharsets.UTF_8)),
                "gzip data named .jsonl");
    }

    private void encodings() throws IOException {
        String page = "<html><head><meta charset=\"utf-8\"><title>Coopération militaire</title></head><body><p>"
                + PROSE.repeat(4) + "</p></body></html>";
        write("encoding/latin1-declared-utf8.html", page.getBytes(StandardCharsets.ISO_8859_1),
                "latin-1 bytes in a page that declares UTF-8");
        write("encoding/utf16le-no-bom.txt", PROSE.repeat(6).getBytes(StandardCharsets.UTF_16LE),
                "UTF-16LE text without a byte-order mark");
        write("encoding/utf16be-no-bom.txt", PROSE.repeat(6).getBytes(StandardCharsets.UTF_16BE),
                "UTF-16BE text without a byte-order mark");
        write("encoding/mixed-utf8-latin1.txt", concat(PROSE.repeat(3).getBytes(StandardCharsets.UTF_8),
                        "\n\n".getBytes(StandardCharsets.US_ASCII), PROSE.repeat(3).getBytes(StandardCharsets.ISO_8859_1)),
                "UTF-8 paragraphs followed by latin-1 ones in one file");
        write("encoding/latin1-line.jsonl", concat(jsonLine(PROSE).getBytes(StandardCharsets.UTF_8),
                        jsonLine(PROSE).getBytes(StandardCharsets.ISO_8859_1)),
                "a JSON line in latin-1 after a good one");
    }

    private void empty() throws IOException {
        write("empty/empty.txt", new byte[0], "0 bytes");
        write("empty/blank.html", " \n\t\n".getBytes(StandardCharsets.US_ASCII), "white space only");
    }

    private void huge() throws IOException {
        Path path = target("huge/huge-page.html");
        try (OutputStream page = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            page.write("<html><head><title>Une page sans fin</title></head><body>".getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<p>" + PROSE + "</p>\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < sizes.hugePage(); written += paragraph.length) {
                page.write(paragraph);
            }
            page.write("</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        record(path, "an HTML page of " + mebibytes(sizes.hugePage()) + " of paragraphs");
    }

    private void deep() throws IOException {
        int depth = sizes.nestingDepth();
        StringBuilder divs = new StringBuilder("<html><head><title>Profondeur</title></head><body>");
        divs.append("<div>".repeat(depth)).append("<p>").append(PROSE.repeat(3)).append("</p>")
                .append("</div>".repeat(depth)).append("</body></html>");
        write("deep/nested-divs.html", divs.toString().getBytes(StandardCharsets.UTF_8),
                "an HTML page whose text is nested " + depth + " divs deep");
        String inline = "<html><body><p>" + "<b><i>".repeat(depth / 2) + PROSE.repeat(3)
                + "</i></b>".repeat(depth / 2) + "</p></body></html>";
        write("deep/nested-inline.html", inline.getBytes(StandardCharsets.UTF_8),
                "an HTML page whose text is nested " + depth + " inline elements deep");
        String unclosed = "<html><body>" + "<table><tr><td>".repeat(depth / 3) + PROSE.repeat(3)
                + "</body></html>";
        write("deep/unclosed-tables.html", unclosed.getBytes(StandardCharsets.UTF_8),
                "an HTML page of " + depth / 3 + " nested tables never closed");
        write("deep/nested-html-field.jsonl", jsonObject("html", inline).getBytes(StandardCharsets.UTF_8),
                "a JSON line whose html is nested " + depth + " elements deep");
        write("deep/nested-json.jsonl", ("[".repeat(depth) + "]".repeat(depth) + "\n"
                        + jsonLine(PROSE)).getBytes(StandardCharsets.UTF_8),
                "a JSON line of " + depth + " nested arrays, then a good line");
    }

    private void bombs() throws IOException {
        write("bombs/gzip-named.html", gzipOfSpaces(sizes.bombExpanded()),
                "a gzip bomb (" + mebibytes(sizes.bombExpanded()) + " of spaces) named .html");
        byte[] bombBody = gzipOfSpaces(sizes.bombExpanded());
        write("bombs/content-encoding-bomb.warc.gz", concat(
                        warcResponse("https://bomb.example/page", "Content-Encoding: gzip\r\n", bombBody, true),
                        warcResponse("https://bomb.example/after", "", page("Après la bombe"), true)),
                "a WARC record whose gzip-encoded HTTP body expands to " + mebibytes(sizes.bombExpanded())
                        + ", then a good record");
        Path path = target("bombs/record-bomb.warc.gz");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>")
                    .getBytes(StandardCharsets.US_ASCII);
            long blockLength = head.length + sizes.bombExpanded();
            GZIPOutputStream member = new GZIPOutputStream(nonClosing(file), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            };
            member.write(warcHeader("https://bomb.example/huge-record", blockLength));
            member.write(head);
            writeSpaces(member, sizes.bombExpanded());
            member.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            member.finish();
            file.write(warcResponse("https://bomb.example/after-record", "", page("Après le gros enregistrement"),
                    true));
        }
        record(path, "a gzipped WARC record of " + mebibytes(sizes.bombExpanded()) + " expanded, then a good record");
    }

    private void damagedArchives() throws IOException {
        byte[] first = warcResponse("https://damaged.example/1", "", page("Premier article intact"), true);
        byte[] second = warcResponse("https://damaged.example/2", "", page("Deuxième article coupé"), true);
        byte[] third = warcResponse("https://damaged.example/3", "", page("Troisième article intact"), true);
        write("warc/truncated.warc.gz", concat(first, Arrays.copyOf(second, second.length / 2)),
                "a gzipped WARC cut in the middle of its second record");
        byte[] corrupt = concat(first, second, third);
        for (int i = first.length + 30; i < first.length + 60; i++) {
            corrupt[i] ^= (byte) 0x5a;
        }
        write("warc/corrupt.warc.gz", corrupt, "a gzipped WARC whose second record's compressed bytes are damaged");
        byte[] plain = warcResponse("https://damaged.example/plain", "", page("Article en clair"), false);
        write("warc/truncated.warc", Arrays.copyOf(plain, plain.length - 200), "an uncompressed WARC cut short");
        write("warc/not-a-warc.warc.gz", gzip(PROSE.getBytes(StandardCharsets.UTF_8)), "gzipped prose named .warc.gz");
        write("warc/truncated-gzip.warc.gz", Arrays.copyOf(gzip(PROSE.repeat(50).getBytes(StandardCharsets.UTF_8)), 40),
                "a gzip stream cut after 40 bytes");
    }

    private void jsonLines() throws IOException {
        write("jsonl/bad-utf8.jsonl", concat(jsonLine(PROSE).getBytes(StandardCharsets.UTF_8),
                        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc3,
                            '"', '}', '\n'},
                        jsonLine("Une troisième ligne, valide. " + PROSE).getBytes(StandardCharsets.UTF_8)),
                "invalid UTF-8 bytes on line 2 of 3");
        Path path = target("jsonl/huge-line.jsonl");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            file.write("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] prose = PROSE.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < sizes.hugeLine(); written += prose.length) {
                file.write(prose);
            }
            file.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            file.write(jsonLine("Après la très longue ligne. " + PROSE).getBytes(StandardCharsets.UTF_8));
        }
        record(path, "a JSON line of " + mebibytes(sizes.hugeLine()) + ", then a good line");
        write("jsonl/wrong-types.jsonl", String.join("\n",
                "{\"text\": 42}",
                "{\"text\": \"" + PROSE + "\", \"title\": [\"a\", \"b\"]}",
                "{\"html\": {\"p\": \"text\"}}",
                "{\"text\": \"" + PROSE + "\", \"published\": false}",
                "{\"text\": \"" + PROSE + "\", \"id\": \"../../etc/passwd\"}",
                "{\"text\": \"" + PROSE + "\", \"id\": 1e400}",
                "[\"an\", \"array\"]",
                "\"a string\"",
                "null",
                "{}") .getBytes(StandardCharsets.UTF_8),
                "fields of the wrong type, arrays, strings and null instead of objects");
        write("jsonl/not-json.jsonl", String.join("\n",
                "Ceci n'est pas du JSON, juste une phrase.",
                "{\"text\": \"unterminated",
                "{\"text\": \"two\"} {\"text\": \"objects\"}",
                "<?xml version=\"1.0\"?><rss/>",
                "{'text': 'single quotes'}",
                "{\"text\": NaN}") .getBytes(StandardCharsets.UTF_8),
                "prose, unterminated strings, two objects on a line, XML, single quotes, NaN");
        write("jsonl/escapes.jsonl", jsonLine("Un texte avec un NUL \\u0000, des contrôles \\u0001\\u001b[31m, "
                        + "une surrogate seule \\ud800 et \\udfff, puis " + PROSE).getBytes(StandardCharsets.UTF_8),
                "escaped NUL, ANSI escapes and unpaired surrogates in a JSON string");
    }

    private void feeds() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<link>https://feed.example/1</link></item></channel></rss>\n";
        write("feeds/xxe.rss", xxe.getBytes(StandardCharsets.UTF_8), "an RSS feed with an external entity");
        write("feeds/xxe.xml", xxe.getBytes(StandardCharsets.UTF_8), "the same feed named .xml");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        laughs.append("]>\n");
        String atom = laughs + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol9;</title><entry>"
                + "<title>&lol9;</title><link href=\"https://feed.example/2\"/></entry></feed>\n";
        write("feeds/billion-laughs.atom", atom.getBytes(StandardCharsets.UTF_8), "an Atom feed with billion laughs");
        String xhtml = laughs.toString().replace("DOCTYPE feed", "DOCTYPE html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>&lol9;</title></head><body><p>&lol9; "
                + PROSE.repeat(2) + "</p></body></html>\n";
        write("feeds/billion-laughs.xhtml", xhtml.getBytes(StandardCharsets.UTF_8),
                "an XHTML page (an analyze input) with billion laughs");
    }

    private void scripts() throws IOException {
        String payload = "<html><head><title>Titre</title><script>alert('title')</script><title>x</title>"
                + "<meta name=\"author\" content=\"&lt;img src=x onerror=alert('byline')&gt; Jean Dupont\">"
                + "<meta property=\"og:title\" content=\"&lt;/script&gt;&lt;script&gt;alert('og')&lt;/script&gt;\">"
                + "<style>body{background:url(javascript:alert('css'))}</style></head>"
                + "<body onload=\"alert('body')\"><h1 onclick=\"alert('h1')\">Un titre &lt;script&gt;alert(1)"
                + "&lt;/script&gt;</h1><p class=\"byline\">Par <a href=\"javascript:alert('by')\">Jean Dupont"
                + "</a><img src=x onerror=\"alert('img')\"></p><p>" + PROSE + "<script>document.write('<p>injected"
                + "</p>')</script> \"Texte cité\", a-t-il dit. <svg onload=alert('svg')><text>svg</text></svg></p>"
                + "<p>" + PROSE + "&lt;/textarea&gt;&lt;script&gt;alert('escaped')&lt;/script&gt; ]]&gt; "
                + "\"=cmd|' /C calc'!A0 +1 -1 @SUM(1)</p><iframe src=\"javascript:alert('frame')\"></iframe>"
                + "</body></html>";
        write("scripts/payloads.html", payload.getBytes(StandardCharsets.UTF_8),
                "script, style and event-handler payloads in title, byline, body; CSV formula prefixes");
        write("scripts/payloads.jsonl", jsonObject("text", "</script><script>alert('raw')</script>\n" + PROSE,
                        "title", "<img src=x onerror=alert('title')>", "author", "=HYPERLINK(\"http://x\")",
                        "outlet", "<svg onload=alert(1)>").getBytes(StandardCharsets.UTF_8),
                "markup and spreadsheet formulas in every JSON-lines field");
    }

    private void denseText() throws IOException {
        String[] marks = {"\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200b", "\ufeff", "\u2028",
            "\u0085", "\ud83d\ude00", "\ud83c\uddf2\ud83c\uddf1", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "e\u0301\u0323\u0308", "\u0301", "\u0007", "\u001b[2J", "\u000b", "\u007f", "\ud834\udd1e"};
        StringBuilder text = new StringBuilder("Titre : \u202eelttit esrever\u202c\n\n");
        String[] words = PROSE.repeat(40).split(" ");
        for (int i = 0; i < words.length; i++) {
            // A mark at nearly every word boundary and inside words; C0 controls kept rarer than the binary test.
            text.append(words[i], 0, words[i].length() / 2).append(marks[i % marks.length])
                    .append(words[i].substring(words[i].length() / 2)).append(i % 37 == 36 ? "\n\n" : " ");
        }
        write("text/marks-everywhere.txt", text.toString().getBytes(StandardCharsets.UTF_8),
                "control characters, bidi overrides, emoji and combining marks at nearly every word");
        StringBuilder controls = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            controls.append((char) (1 + i % 8)).append("ab");
        }
        write("text/dense-controls.txt", controls.toString().getBytes(StandardCharsets.UTF_8),
                "a control character every third byte");
        write("text/marks-everywhere.jsonl", jsonObject("text", text.toString(), "title",
                        "\u202egnikaerb\u202c \ud83d\ude00\u0301", "author", "Jean\u0000 Dupont")
                        .getBytes(StandardCharsets.UTF_8),
                "the same text as a JSON line, with bidi, emoji and a NUL in title and author");
    }

    private static byte[] page(String title) {
        return ("<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + PROSE.repeat(3)
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A WARC {@code response} record of an HTTP 200 HTML page, gzipped as a member of its own when asked. */
    private static byte[] warcResponse(String url, String extraHeaders, byte[] body, boolean gzip) throws IOException {
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        byte[] record = concat(warcHeader(url, http.length), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return gzip ? gzip(record) : record;
    }

    private static byte[] warcHeader(String url, long blockLength) {
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2026-01-15T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + blockLength
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gzipOfSpaces(long count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            writeSpaces(gzip, count);
        }
        return bytes.toByteArray();
    }

    private static void writeSpaces(OutputStream out, long count) throws IOException {
        byte[] spaces = new byte[1 << 16];
        Arrays.fill(spaces, (byte) ' ');
        for (long left = count; left > 0; left -= spaces.length) {
            out.write(spaces, 0, (int) Math.min(spaces.length, left));
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(data);
        }
        return bytes.toByteArray();
    }

    /** Lets a gzip member be finished without closing the file it is written to. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        };
    }

    private static String jsonLine(String text) {
        return jsonObject("text", text) + "\n";
    }

    /** A JSON object of string fields; {@code \}-escapes already in the values are kept as they are. */
    private static String jsonObject(String... fieldsAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append('"').append(fieldsAndValues[i]).append("\": \"");
            for (char c : fieldsAndValues[i + 1].toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\n' -> json.append("\\n");
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append('}').toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    private Path target(String relative) throws IOException {
        Path path = out.resolve(relative);
        Files.createDirectories(path.getParent());
        return path;
    }

    private void write(String relative, byte[] bytes, String what) throws IOException {
        Path path = target(relative);
        Files.write(path, bytes);
        record(path, what);
    }

    private void record(Path path, String what) {
        try {
            entries.add(new Entry(out.relativize(path).toString().replace('\\', '/'), Files.size(path), what));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
