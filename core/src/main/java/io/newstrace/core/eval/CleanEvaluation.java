package io.newstrace.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the clean stage against labelled pages: each {@code NAME.txt} page dump beside a {@code NAME.json}
 * truth ({@code title}, {@code authors}, {@code published}, and {@code body}: the dump's body lines, verbatim).
 * Body lines are scored by count and by characters; headline, authors and date by exact match. The pages are
 * cleaned together, as a corpus, like in a real run.
 */
public final class CleanEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scores of one page. */
    public record PageScore(String name, String language, int truthLines, int predictedLines, int correctLines,
                            long truthChars, long predictedChars, long correctChars,
                            boolean titleCorrect, boolean authorsCorrect, boolean dateCorrect) {
        public double lineRecall() {
            return ratio(correctLines, truthLines);
        }

        public double linePrecision() {
            return ratio(correctLines, predictedLines);
        }
    }

    /** Scores of all pages, micro-averaged. */
    public record Report(List<PageScore> pages) {
        public double linePrecision() {
            return ratio(pages.stream().mapToLong(PageScore::correctLines).sum(),
                    pages.stream().mapToLong(PageScore::predictedLines).sum());
        }

        public double lineRecall() {
            return ratio(pages.stream().mapToLong(PageScore::correctLines).sum(),
                    pages.stream().mapToLong(PageScore::truthLines).sum());
        }

        public double charPrecision() {
            return ratio(pages.stream().mapToLong(PageScore::correctChars).sum(),
                    pages.stream().mapToLong(PageScore::predictedChars).sum());
        }

        public double charRecall() {
            return ratio(pages.stream().mapToLong(PageScore::correctChars).sum(),
                    pages.stream().mapToLong(PageScore::truthChars).sum());
        }

        public double titleAccuracy() {
            return ratio(pages.stream().filter(PageScore::titleCorrect).count(), pages.size());
        }

        public double authorAccuracy() {
            return ratio(pages.stream().filter(PageScore::authorsCorrect).count(), pages.size());
        }

        public double dateAccuracy() {
            return ratio(pages.stream().filter(PageScore::dateCorrect).count(), pages.size());
        }

        /** A table for people: one line per page, then the totals. */
        public String format() {
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "%-48s %-4s %6s %6s %6s  %s%n", "page", "lang", "lineP", "lineR", "lines", "title author date"));
            for (PageScore page : pages) {
                out.append(String.format(java.util.Locale.ROOT, "%-48s %-4s %6.3f %6.3f %6d  %-5s %-6s %s%n",
                        page.name(), page.language(), page.linePrecision(), page.lineRecall(), page.truthLines(),
                        mark(page.titleCorrect()), mark(page.authorsCorrect()), mark(page.dateCorrect())));
            }
            out.append(String.format(java.util.Locale.ROOT,
                    "%nbody lines: precision %.3f recall %.3f F1 %.3f%n"
                            + "body chars: precision %.3f recall %.3f F1 %.3f%n"
                            + "title exact %.3f, authors exact %.3f, date exact %.3f (%d pages)%n",
                    linePrecision(), lineRecall(), f1(linePrecision(), lineRecall()),
                    charPrecision(), charRecall(), f1(charPrecision(), charRecall()),
                    titleAccuracy(), authorAccuracy(), dateAccuracy(), pages.size()));
            return out.toString();
        }

        private static String mark(boolean ok) {
            return ok ? "ok" : "MISS";
        }
    }

    private CleanEvaluation() {
    }

    public static Report evaluate(Path directory) throws IOException {
        List<Path> pages = labelledPages(directory);
        List<Article> articles = cleanAll(pages);
        List<PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(score(nameOf(pages.get(i)), articles.get(i), JSON.readTree(truthOf(pages.get(i)).toFile())));
        }
        return new Report(List.copyOf(scores));
    }

    /**
     * Every non-blank line of one labelled page with what the cleaner made of it and what the truth says, for
     * whoever tunes the rules: {@code +} body in both, {@code -} body kept that the truth removes ({@code FP}),
     * {@code !} body the truth keeps that was removed ({@code FN}).
     */
    public static String explain(Path directory, String name) throws IOException {
        List<Path> pages = labelledPages(directory);
        int index = pages.stream().map(CleanEvaluation::nameOf).toList().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no labelled page " + name + " in " + directory);
        }
        Article article = cleanAll(pages).get(index);
        JsonNode truth = JSON.readTree(truthOf(pages.get(index)).toFile());
        Set<Integer> truthStarts = truthStarts(name, article.raw(), truth);
        Map<Integer, String> fates = new HashMap<>();
        article.paragraphs().forEach(span -> fates.put(span.start(), "body"));
        article.metadata().forEach(meta -> fates.put(meta.span().start(), meta.field().code()));
        article.removed().forEach(removed -> fates.put(removed.span().start(), removed.reason().code()));
        StringBuilder out = new StringBuilder();
        out.append("title     ").append(article.title()).append("\n    truth ").append(truth.path("title").asText(null))
                .append("\nauthors   ").append(article.authors()).append("\n    truth ").append(truth.path("authors"))
                .append("\npublished ").append(article.published()).append("\n    truth ")
                .append(truth.path("published").asText(null)).append("\n\n");
        String raw = article.raw();
        int lineStart = 0;
        while (lineStart < raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
            String line = raw.substring(lineStart, lineEnd);
            if (!Folding.isBlank(line)) {
                int start = lineStart;
                while (Folding.isSpace(raw.charAt(start))) {
                    start++;
                }
                int first = start;
                String fate = fates.entrySet().stream().filter(e -> e.getKey() <= first)
                        .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse("?");
                boolean kept = fate.equals("body");
                boolean inTruth = truthStarts.contains(start);
                String mark = kept && inTruth ? "+   " : kept ? "- FP" : inTruth ? "! FN" : "    ";
                out.append(String.format(Locale.ROOT, "%s %-14s %s%n", mark, fate,
                        line.strip().length() > 110 ? line.strip().substring(0, 110) + "…" : line.strip()));
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static List<Path> labelledPages(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> Files.exists(truthOf(f))).sorted().toList();
        }
    }

    private static String nameOf(Path page) {
        return page.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    /** Cleans the pages as one corpus, as {@code analyze} would: the profile is built over all of them. */
    static List<Article> cleanAll(List<Path> pages) throws IOException {
        Cleaner cleaner = new Cleaner(CleanConfig.DEFAULT);
        CorpusProfile.Builder profile = cleaner.newProfileBuilder();
        List<String> raws = new ArrayList<>();
        for (Path page : pages) {
            String raw = Files.readString(page, StandardCharsets.UTF_8);
            raws.add(raw);
            profile.add(raw);
        }
        CorpusProfile built = profile.build();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            articles.add(cleaner.clean(new Document(null, page.toString(), "text", raws.get(i), DocumentHints.NONE),
                    nameOf(page), built));
        }
        return articles;
    }

    /** The bytes of one named page. */
    @FunctionalInterface
    interface PageBytes {
        byte[] of(String name) throws IOException;
    }

    /**
     * Each named page read as {@code analyze} reads a file (decoded, and rendered when {@code html}) and cleaned with
     * the others as one corpus. A page that cannot be read (no visible text, not text) is absent from the map.
     */
    static Map<String, Article> readAndClean(List<String> names, boolean html, PageBytes bytes) throws IOException {
        DocumentReader reader = new DocumentReader(InputLimits.DEFAULT);
        Cleaner cleaner = new Cleaner(CleanConfig.DEFAULT);
        CorpusProfile.Builder profile = cleaner.newProfileBuilder();
        Map<String, Document> documents = new HashMap<>();
        for (String name : names) {
            reader.readWhole(name, html, bytes.of(name), event -> {
                if (event instanceof IngestEvent.Read read) {
                    documents.put(name, read.document());
                    profile.add(read.document().raw());
                }
            });
        }
        CorpusProfile built = profile.build();
        Map<String, Article> articles = new HashMap<>();
        documents.forEach((name, document) -> articles.put(name, cleaner.clean(document, name, built)));
        return articles;
    }

    private static Path truthOf(Path page) {
        return page.resolveSibling(page.getFileName().toString().replaceFirst("\\.txt$", ".json"));
    }

    /** Where each body line of the truth starts in the page. */
    private static Set<Integer> truthStarts(String name, String raw, JsonNode truth) {
        Set<Integer> starts = new HashSet<>();
        int from = 0;
        for (JsonNode line : truth.get("body")) {
            String text = line.asText().strip();
            int at = findLine(raw, text, from);
            if (at < 0) {
                throw new IllegalArgumentException(name + ": body line not found in the page: " + text);
            }
            starts.add(at);
            from = at + text.length();
        }
        return starts;
    }

    static PageScore score(String name, Article article, JsonNode truth) {
        String raw = article.raw();
        Set<Integer> truthStarts = truthStarts(name, raw, truth);
        long truthChars = 0;
        for (JsonNode line : truth.get("body")) {
            truthChars += line.asText().strip().length();
        }
        int correct = 0;
        long predictedChars = 0;
        long correctChars = 0;
        for (Span paragraph : article.paragraphs()) {
            predictedChars += paragraph.length();
            if (truthStarts.contains(paragraph.start())) {
                correct++;
                correctChars += paragraph.length();
            }
        }
        List<String> truthAuthors = new ArrayList<>();
        truth.path("authors").forEach(author -> truthAuthors.add(author.asText()));
        String truthDate = truth.path("published").isTextual() ? truth.get("published").asText() : null;
        return new PageScore(name, truth.path("language").asText("?"), truthStarts.size(),
                article.paragraphs().size(), correct, truthChars, predictedChars, correctChars,
                same(article.title(), truth.path("title").asText(null)),
                truthAuthors.equals(article.authors()), Objects.equals(truthDate, article.published()));
    }

    /** The start of the next line of {@code raw} (from {@code from} on) whose trimmed text is {@code text}. */
    private static int findLine(String raw, String text, int from) {
        for (int at = raw.indexOf(text, from); at >= 0; at = raw.indexOf(text, at + 1)) {
            int lineStart = raw.lastIndexOf('\n', at - 1) + 1;
            int end = at + text.length();
            int lineEnd = raw.indexOf('\n', end);
            if (Folding.isBlank(raw.substring(lineStart, at))
                    && Folding.isBlank(raw.substring(end, lineEnd < 0 ? raw.length() : lineEnd))) {
                return at;
            }
        }
        return from > 0 ? findLine(raw, text, 0) : -1;
    }

    private static boolean same(String actual, String expected) {
        if (actual == null || expected == null) {
            return actual == null && expected == null;
        }
        return Folding.matchForm(actual).equals(Folding.matchForm(expected));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
