package io.newstrace.core.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipException;

/**
 * Reads the HTML pages a web archive captured (WARC, plain or gzipped record by record, with jwarc): every
 * {@code response} record of an HTTP 2xx response whose type is HTML, or untyped and HTML by its content. Other
 * records are counted and reported once per file. A record that is truncated, corrupt or larger than the limit is
 * reported, named by its offset in the file, and skipped; reading resumes at the next record that can be parsed. A
 * gzipped record that declares more bytes than the decompression limit is skipped without inflating it: the reader
 * jumps to the next gzip member, so a bomb of a few megabytes that expands to gigabytes costs no time.
 */
final class WarcPages {
    /**
     * A captured page.
     *
     * @param input           the file and the record's offset in it, {@code name@offset}, as offsets are what
     *                        WARC tools and CDX indexes use to find a record
     * @param url             the record's {@code WARC-Target-URI}
     * @param html            the HTTP payload, content encoding undone
     * @param declaredCharset the charset named by the HTTP {@code Content-Type}, else by the page's meta tag, or null
     */
    record Page(String input, String url, String captured, byte[] html, String declaredCharset) {
    }

    private static final byte[] GZIP_MEMBER_START = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_RECORD_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final String MALFORMED_TYPE = "malformed type";
    private static final int SNIFF_BYTES = 512;
    private static final int SKIPPED_KINDS_LISTED = 6;

    private final InputSource source;
    private final long maxPayloadBytes;
    private final long maxRecordBytes;
    private final Consumer<Page> pages;
    private final Consumer<IngestEvent> sink;
    /** Records passed over, by kind ({@code request}, {@code HTTP status 404}, {@code image/png}). */
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int records;
    private long lastRecordOffset = -1;
    private long lastReportedOffset = -1;

    private WarcPages(InputSource source, InputLimits limits, Consumer<Page> pages, Consumer<IngestEvent> sink) {
        this.source = source;
        this.maxPayloadBytes = limits.maxDocumentBytes();
        this.maxRecordBytes = limits.maxDecompressedBytes();
        this.pages = pages;
        this.sink = sink;
    }

    /** Hands each page to {@code pages} and each problem to {@code sink}, in file order. */
    static void read(InputSource source, InputLimits limits, Consumer<Page> pages, Consumer<IngestEvent> sink)
            throws IOException {
        new WarcPages(source, limits, pages, sink).readAll();
    }

    private void readAll() throws IOException {
        try (FileChannel file = FileChannel.open(source.path())) {
            WarcReader reader;
            try {
                reader = new WarcReader(file);
            } catch (IOException e) {
                sink.accept(new IngestEvent.Failed(source.name(), "not a WARC file: " + describe(e)));
                return;
            }
            try (reader) {
                Optional<WarcRecord> next = next(reader, file);
                while (next.isPresent()) {
                    records++;
                    lastRecordOffset = reader.position();
                    WarcRecord record = next.get();
                    long declared = record.body().size();
                    if (declared > maxRecordBytes) {
                        report(lastRecordOffset, records, "record of " + declared + " bytes, over the decompression "
                                + "limit of " + maxRecordBytes + "; skipped without expanding it" + target(record));
                        if (reader.compression() == WarcCompression.GZIP) {
                            next = resume(reader, file, lastRecordOffset);
                            continue;
                        }
                    } else {
                        try {
                            take(record);
                        } catch (IOException | RuntimeException e) {
                            report(lastRecordOffset, records, describe(e) + target(record));
                        }
                    }
                    next = next(reader, file);
                }
            }
        }
        if (records == 0 && lastReportedOffset < 0) {
            sink.accept(new IngestEvent.Failed(source.name(), "not a WARC file: no WARC record in it"));
        }
        reportSkipped();
    }

    /**
     * The next record, past any damage; empty at the end of the file. jwarc also throws unchecked exceptions on
     * malformed input (a Content-Length that is not a number), and none of them may end the run.
     */
    private Optional<WarcRecord> next(WarcReader reader, FileChannel file) throws IOException {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            // The reader stays at the last record when the rest of that record cannot be read, else it is at the
            // record whose header cannot be read.
            long offset = reader.position();
            if (offset == 0 && records == 0) {
                sink.accept(new IngestEvent.Failed(source.name(), "not a WARC file: " + describe(e)));
                lastReportedOffset = 0;
            } else if (offset != lastReportedOffset) {
                report(offset, offset == lastRecordOffset ? records : records + 1, describe(e));
            }
            return resume(reader, file, offset);
        }
    }

    /** The first record after the damaged one at {@code damaged} that parses: a later record line or gzip member. */
    private static Optional<WarcRecord> resume(WarcReader reader, FileChannel file, long damaged) throws IOException {
        boolean gzip = reader.compression() == WarcCompression.GZIP;
        long from = damaged + 1;
        while (true) {
            long candidate = gzip ? find(file, GZIP_MEMBER_START, from) : find(file, WARC_RECORD_LINE, from - 1) + 1;
            if (candidate <= 0) {
                return Optional.empty();
            }
            reader.position(candidate);
            try {
                return reader.next();
            } catch (IOException | RuntimeException e) {
                from = candidate + 1;
            }
        }
    }

    /** The offset of the first {@code marker} at or after {@code from}, or -1; reads the file a block at a time. */
    private static long find(FileChannel file, byte[] marker, long from) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(1 << 16);
        long blockStart = from;
        while (true) {
            block.clear();
            // Positional reads leave the channel's own position, which is the reader's, as it is.
            int read;
            do {
                read = file.read(block, blockStart + block.position());
            } while (read >= 0 && block.hasRemaining());
            int length = block.position();
            for (int i = 0; i + marker.length <= length; i++) {
                if (Arrays.equals(block.array(), i, i + marker.length, marker, 0, marker.length)) {
                    return blockStart + i;
                }
            }
            if (length < block.capacity()) {
                return -1;
            }
            blockStart += length - marker.length + 1;
        }
    }

    private void take(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            skip(record.type());
            return;
        }
        MediaType recordType = response.contentType();
        if (!name(recordType).equals("application/http")) {
            skip(name(recordType) + " response"); // DNS lookups, Gemini and other non-HTTP captures
            return;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (ParsingException e) {
            report(lastRecordOffset, records, "malformed HTTP response header" + target(response));
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            skip("HTTP status " + http.status());
            return;
        }
        MediaType type = http.contentType();
        boolean untyped = isUntyped(type);
        boolean declaredHtml = !untyped && HTML_TYPES.contains(name(type));
        if (!declaredHtml && !untyped) {
            skip(name(type));
            return;
        }
        byte[] payload;
        try (InputStream body = http.bodyDecoded().stream()) {
            // One byte past the limit tells a page at the limit from a larger one without reading the rest.
            payload = body.readNBytes((int) Math.min(maxPayloadBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (payload.length > maxPayloadBytes) {
            report(lastRecordOffset, records, "page larger than the limit of " + maxPayloadBytes + " bytes"
                    + target(response));
            return;
        }
        if (!declaredHtml && !looksLikeHtml(payload)) {
            skip("untyped, not HTML");
            return;
        }
        String charset = untyped ? null : type.parameters().get("charset");
        pages.accept(new Page(input(lastRecordOffset), response.target(),
                response.headers().first("WARC-Date").orElse(null), payload,
                charset != null ? charset : HtmlText.metaCharset(payload)));
    }

    /**
     * {@code type/subtype} in lower case, without parameters. (jwarc's lenient parse marks every type with
     * parameters invalid, so validity is judged here by the subtype.)
     */
    private static String name(MediaType type) {
        return type.subtype().isEmpty() ? MALFORMED_TYPE : type.base().toString().toLowerCase(Locale.ROOT);
    }

    /** No Content-Type, a malformed one, or the generic one servers send when they do not know. */
    private static boolean isUntyped(MediaType type) {
        String name = name(type);
        return name.equals(MALFORMED_TYPE) || name.equals("application/octet-stream");
    }

    private static boolean looksLikeHtml(byte[] payload) {
        String start = new String(payload, 0, Math.min(payload.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        start = start.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private void skip(String kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    /** A problem with the {@code number}th record, named {@code name@offset}. */
    private void report(long offset, int number, String problem) {
        lastReportedOffset = offset;
        sink.accept(new IngestEvent.Failed(input(offset), "WARC record " + number + ": " + problem));
    }

    private static String target(WarcRecord record) {
        return record instanceof WarcTargetRecord targeted && targeted.target() != null
                ? " (" + targeted.target() + ")" : "";
    }

    private String input(long offset) {
        return source.name() + "@" + offset;
    }

    /** One warning per file: how many records were not pages, the most frequent kinds first. */
    private void reportSkipped() {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return;
        }
        String kinds = skipped.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SKIPPED_KINDS_LISTED)
                .map(kind -> kind.getValue() + " " + kind.getKey())
                .collect(Collectors.joining(", "));
        if (skipped.size() > SKIPPED_KINDS_LISTED) {
            kinds += ", " + (skipped.size() - SKIPPED_KINDS_LISTED) + " other kinds";
        }
        sink.accept(new IngestEvent.Warned(source.name(), "skipped " + total + " WARC "
                + (total == 1 ? "record that is" : "records that are") + " not an HTML page: " + kinds));
    }

    private static String describe(Throwable e) {
        String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        if (e instanceof EOFException) {
            return "truncated" + detail;
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data" + detail;
        }
        if (e instanceof ParsingException) {
            // jwarc's message quotes the bytes it choked on, binary included: not for a terminal.
            return "malformed WARC record header";
        }
        return (e instanceof IOException ? "cannot read" : "malformed record") + detail;
    }
}
