package io.newstrace.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-text extraction from HTML pages on the Zyte (Scrapinghub) article-extraction benchmark
 * (github.com/scrapinghub/article-extraction-benchmark): a directory with its {@code ground-truth.json} and
 * {@code html/ID.html.gz} (or {@code ID.html}). Each page goes the way {@code analyze} takes an HTML file (decode,
 * render, clean, all pages as one corpus) and the clean body is compared with the truth's {@code articleBody}
 * exactly as the benchmark's {@code evaluate.py} does: word tokens, shingles of four, per-page precision and recall
 * from shingle counts, their means over pages, and F1 of the two means.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The benchmark's shingle length. */
    static final int SHINGLE = 4;
    /**
     * Python's {@code \w} with re.UNICODE: letters, digits and numerals of any script, and the underscore. Unlike
     * Java's {@code \w} under UNICODE_CHARACTER_CLASS it does not take combining marks.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int BOOTSTRAP_SAMPLES = 1000;
    private static final long BOOTSTRAP_SEED = 7;

    /** Published F1 of other extractors on the same benchmark (its README, latest evaluation), for comparison. */
    private static final List<Reference> REFERENCES = List.of(
            new Reference("rs_trafilatura", 0.970), new Reference("go_trafilatura", 0.960),
            new Reference("trafilatura 2.0.0", 0.958), new Reference("readability_js 0.6.0", 0.947),
            new Reference("go_domdistiller", 0.927), new Reference("readability-lxml 0.8.4.1", 0.922),
            new Reference("goose3 3.1.20", 0.896), new Reference("justext 3.0.2", 0.804),
            new Reference("boilerpipe_rs 0.6.0", 0.739), new Reference("html-text (all visible text)", 0.665));

    private record Reference(String extractor, double f1) {
    }

    /**
     * One page's shingle counts, normalised to sum to 1 so that long pages weigh no more than short ones (as in
     * the benchmark).
     */
    public record Match(double truePositive, double falsePositive, double falseNegative) {
        /** Whether the page counts in the precision mean: the benchmark leaves out pages where nothing was kept. */
        boolean hasPrediction() {
            return truePositive + falsePositive > 0;
        }

        boolean hasTruth() {
            return truePositive + falseNegative > 0;
        }

        public double precision() {
            if (falsePositive == 0 && falseNegative == 0) {
                return 1;
            }
            return truePositive + falsePositive == 0 ? 0 : truePositive / (truePositive + falsePositive);
        }

        public double recall() {
            if (falsePositive == 0 && falseNegative == 0) {
                return 1;
            }
            return truePositive + falseNegative == 0 ? 0 : truePositive / (truePositive + falseNegative);
        }
    }

    /** The score of one page; {@code exact} when the extracted tokens are the truth's, token for token. */
    public record PageScore(String name, Match match, boolean exact) {
        /** Pages whose benchmark id starts with 0 to 7 are for development; 8 to f are held out. */
        public boolean development() {
            return name.charAt(0) >= '0' && name.charAt(0) <= '7';
        }
    }

    /** Scores of a set of pages. */
    public record Report(List<PageScore> pages) {
        public double precision() {
            return precision(pages);
        }

        public double recall() {
            return recall(pages);
        }

        public double f1() {
            return CleanEvaluation.f1(precision(), recall());
        }

        public double accuracy() {
            return pages.isEmpty() ? 0 : (double) pages.stream().filter(PageScore::exact).count() / pages.size();
        }

        /** Standard deviation of F1 over bootstrap resamples of the pages, as the benchmark reports it. */
        public double f1BootstrapStd() {
            Random random = new Random(BOOTSTRAP_SEED);
            double[] values = new double[BOOTSTRAP_SAMPLES];
            for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
                List<PageScore> sample = new ArrayList<>(pages.size());
                for (int i = 0; i < pages.size(); i++) {
                    sample.add(pages.get(random.nextInt(pages.size())));
                }
                values[b] = CleanEvaluation.f1(precision(sample), recall(sample));
            }
            double mean = java.util.Arrays.stream(values).average().orElse(0);
            double squares = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
            return Math.sqrt(squares / (BOOTSTRAP_SAMPLES - 1));
        }

        public Report development() {
            return only(PageScore::development);
        }

        public Report heldOut() {
            return only(page -> !page.development());
        }

        private Report only(Predicate<PageScore> which) {
            return new Report(pages.stream().filter(which).toList());
        }

        /** Overall, development and held-out figures, then the published ones; with each page first if verbose. */
        public String format(boolean verbose) {
            StringBuilder out = new StringBuilder();
            if (verbose) {
                out.append(String.format(Locale.ROOT, "%-66s %6s %6s %6s%n", "page", "P", "R", "F1"));
                for (PageScore page : pages) {
                    Match match = page.match();
                    out.append(String.format(Locale.ROOT, "%-66s %6.3f %6.3f %6.3f%s%n", page.name(),
                            match.precision(), match.recall(), CleanEvaluation.f1(match.precision(), match.recall()),
                            page.development() ? "" : "  (held out)"));
                }
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%-26s %-14s %6s %6s %9s %6s%n",
                    "", "F1", "P", "R", "accuracy", "pages"));
            out.append(line("newstrace, all pages", this, true));
            out.append(line("newstrace, dev (0-7)", development(), false));
            out.append(line("newstrace, held out (8-f)", heldOut(), false));
            out.append("\npublished on the same benchmark (F1):\n");
            for (Reference reference : REFERENCES) {
                out.append(String.format(Locale.ROOT, "  %-28s %.3f%n", reference.extractor(), reference.f1()));
            }
            return out.toString();
        }

        private static String line(String label, Report report, boolean withStd) {
            String f1 = withStd ? String.format(Locale.ROOT, "%.3f ± %.3f", report.f1(), report.f1BootstrapStd())
                    : String.format(Locale.ROOT, "%.3f", report.f1());
            return String.format(Locale.ROOT, "%-26s %-14s %6.3f %6.3f %9.3f %6d%n", label, f1,
                    report.precision(), report.recall(), report.accuracy(), report.pages().size());
        }

        private static double precision(List<PageScore> pages) {
            return mean(pages.stream().map(PageScore::match).filter(Match::hasPrediction)
                    .mapToDouble(Match::precision).toArray());
        }

        private static double recall(List<PageScore> pages) {
            return mean(pages.stream().map(PageScore::match).filter(Match::hasTruth)
                    .mapToDouble(Match::recall).toArray());
        }

        private static double mean(double[] values) {
            return values.length == 0 ? 0 : java.util.Arrays.stream(values).sum() / values.length;
        }
    }

    private ExtractionEvaluation() {
    }

    public static Report evaluate(Path directory) throws IOException {
        JsonNode truth = JSON.readTree(directory.resolve("ground-truth.json").toFile());
        List<String> names = new ArrayList<>();
        truth.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        Map<String, String> bodies = new HashMap<>();
        extract(directory.resolve("html"), names).forEach((name, article) -> bodies.put(name, article.text()));
        List<PageScore> scores = new ArrayList<>();
        for (String name : names) {
            String expected = truth.get(name).path("articleBody").asText("");
            String extracted = bodies.getOrDefault(name, "");
            scores.add(new PageScore(name, match(expected, extracted), tokens(expected).equals(tokens(extracted))));
        }
        return new Report(List.copyOf(scores));
    }

    /** The clean body of each page, read as {@code analyze} reads an HTML file and cleaned as one corpus. */
    private static Map<String, Article> extract(Path htmlDirectory, List<String> names) throws IOException {
        return CleanEvaluation.readAndClean(names, true, name -> pageBytes(htmlDirectory, name));
    }

    private static byte[] pageBytes(Path htmlDirectory, String name) throws IOException {
        Path gzipped = htmlDirectory.resolve(name + ".html.gz");
        if (Files.exists(gzipped)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
                return in.readAllBytes();
            }
        }
        Path plain = htmlDirectory.resolve(name + ".html");
        if (Files.exists(plain)) {
            return Files.readAllBytes(plain);
        }
        throw new IOException("no page " + name + ".html.gz or " + name + ".html in " + htmlDirectory);
    }

    /**
     * Every non-blank line of one page's rendered text with what the cleaner made of it, for whoever tunes the
     * extraction: {@code +} kept and mostly in the truth, {@code - FP} kept but mostly not in the truth, {@code ! FN}
     * removed but mostly in the truth (by the share of the line's shingles found in the truth's). Then the truth's
     * lines that the rendered text lacks altogether. The page's score heads the listing. {@code ids} is the start
     * of a page id, or a regular expression the start of the ids match ({@code [0-7]}: the development pages).
     */
    public static String explain(Path directory, String ids) throws IOException {
        JsonNode truth = JSON.readTree(directory.resolve("ground-truth.json").toFile());
        List<String> names = new ArrayList<>();
        truth.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        Pattern wanted = Pattern.compile(ids);
        List<String> pages = names.stream().filter(n -> wanted.matcher(n).lookingAt()).toList();
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no page " + ids + " in " + directory);
        }
        Map<String, Article> articles = extract(directory.resolve("html"), names);
        StringBuilder out = new StringBuilder();
        for (String page : pages) {
            out.append(explain(page, articles.get(page), truth.get(page).path("articleBody").asText(""))).append('\n');
        }
        return out.toString();
    }

    private static String explain(String page, Article article, String expected) {
        StringBuilder out = new StringBuilder();
        Match score = match(expected, article == null ? "" : article.text());
        out.append(String.format(Locale.ROOT, "%s  P %.3f  R %.3f%n%n", page, score.precision(), score.recall()));
        if (article == null) {
            return out.append("(no text read)\n").toString();
        }
        Set<List<String>> truthShingles = shingles(expected).keySet();
        TreeMap<Integer, String> fates = new TreeMap<>();
        article.paragraphs().forEach(span -> fates.put(span.start(), "body"));
        article.metadata().forEach(meta -> fates.put(meta.span().start(), meta.field().code()));
        article.removed().forEach(removed -> fates.put(removed.span().start(), removed.reason().code()));
        String raw = article.raw();
        int lineStart = 0;
        while (lineStart < raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
            String line = raw.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty()) {
                int start = lineStart + raw.substring(lineStart, lineEnd).indexOf(line.charAt(0));
                Map.Entry<Integer, String> covering = fates.floorEntry(start);
                String fate = covering == null ? "?" : covering.getValue();
                boolean kept = fate.equals("body");
                boolean inTruth = shareIn(line, truthShingles) >= 0.5;
                String mark = kept && inTruth ? "+   " : kept ? "- FP" : inTruth ? "! FN" : "    ";
                out.append(String.format(Locale.ROOT, "%s %-18s %s%n", mark, fate, clip(line)));
            }
            lineStart = lineEnd + 1;
        }
        Set<List<String>> rawShingles = shingles(raw).keySet();
        out.append("\ntruth not in the rendered text:\n");
        for (String line : expected.split("\n")) {
            if (!tokens(line).isEmpty() && shareIn(line, rawShingles) < 0.5) {
                out.append("  ").append(clip(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** A line cut to what a terminal line shows. */
    private static String clip(String line) {
        return line.length() > 110 ? line.substring(0, 110) + "…" : line;
    }

    private static double shareIn(String line, Set<List<String>> shingles) {
        Map<List<String>, Integer> own = shingles(line);
        if (own.isEmpty()) {
            return 0;
        }
        long found = own.keySet().stream().filter(shingles::contains).count();
        return (double) found / own.size();
    }

    /** Compares an extracted body with the truth, shingle by shingle (the benchmark's string_shingle_matching). */
    public static Match match(String truth, String extracted) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> predicted = shingles(extracted);
        Set<List<String>> all = new HashSet<>(expected.keySet());
        all.addAll(predicted.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> shingle : all) {
            int inTruth = expected.getOrDefault(shingle, 0);
            int inPrediction = predicted.getOrDefault(shingle, 0);
            tp += Math.min(inTruth, inPrediction);
            fp += Math.max(0, inPrediction - inTruth);
            fn += Math.max(0, inTruth - inPrediction);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Match(tp / sum, fp / sum, fn / sum) : new Match(0, 0, 0);
    }

    /**
     * Counts of the runs of {@value #SHINGLE} consecutive tokens; a text of fewer tokens is one shorter shingle, as
     * in the benchmark.
     */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
