package io.newstrace.core.eval;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.clean.CleanConfig;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.LanguageIdentifier;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.text.Folding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores quote extraction and attribution on hand-annotated pages: each {@code NAME.tsv} (kind, speaker, the
 * first words of the quoted words, in text order) beside the page {@code NAME.txt}. A found quote matches a true
 * one when it
 * covers the true quote's first words; its speaker is right when the true speaker's last word (a surname, or the
 * head of "the doctor") is a word of the found speaker's name, or when both say no one.
 */
public final class QuoteEvaluation {
    /** What separates a speaker's words: anything but letters and digits ("Yassin E." and "Yassin E" are one name). */
    private static final String NOT_A_LETTER = "[^\\p{L}\\p{Nd}]+";
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** Lower bounds of the confidence bands in which the share of right speakers is counted. */
    private static final double[] CONFIDENCE_BANDS = {0.9, 0.7, 0.5, 0};

    /**
     * The matched quotes given a speaker with a confidence of {@code from} or more (and less than the band above),
     * and how many of those speakers are right: how far a user can trust the confidence.
     */
    public record Band(double from, long attributed, long right) {
    }

    /**
     * Counts over pages: true quotes, found quotes, found that match, matched with the right speaker and kind, and the
     * right speakers by confidence band, highest first.
     */
    public record Report(List<String> lines, long truth, long found, long matched, long attributed, long kinds,
                         List<Band> bands) {
        public double detectionPrecision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        public double detectionRecall() {
            return truth == 0 ? 0 : (double) matched / truth;
        }

        public double attributionPrecision() {
            return found == 0 ? 0 : (double) attributed / found;
        }

        public double attributionRecall() {
            return truth == 0 ? 0 : (double) attributed / truth;
        }

        public String format() {
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(line).append('\n'));
            out.append(String.format(Locale.ROOT, "%nquotes: %d true, %d found, %d matched, %d with the right speaker,"
                    + " %d of the matched with the right kind%n", truth, found, matched, attributed, kinds));
            out.append(String.format(Locale.ROOT, "quote detection:      P %.3f R %.3f F1 %.3f%n",
                    detectionPrecision(), detectionRecall(),
                    CleanEvaluation.f1(detectionPrecision(), detectionRecall())));
            out.append(String.format(Locale.ROOT, "quote + speaker:      P %.3f R %.3f F1 %.3f%n",
                    attributionPrecision(), attributionRecall(),
                    CleanEvaluation.f1(attributionPrecision(), attributionRecall())));
            out.append("speakers right by confidence:");
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                out.append(String.format(Locale.ROOT, "%s [%.1f, %s %d of %d", i == 0 ? "" : ";", band.from(),
                        i == 0 ? "1]" : String.format(Locale.ROOT, "%.1f)", bands.get(i - 1).from()), band.right(),
                        band.attributed()));
            }
            return out.append('\n').toString();
        }
    }

    private record Truth(String kind, String speaker, String start) {
    }

    private QuoteEvaluation() {
    }

    public static Report evaluate(Path pagesDirectory, Path quotesDirectory) throws IOException {
        List<Path> truthFiles = annotationFiles(quotesDirectory);
        List<Article> cleaned = CleanEvaluation.cleanAll(pagesOf(pagesDirectory, truthFiles));
        Annotator annotator = defaultAnnotator();
        List<String> lines = new ArrayList<>();
        long truthCount = 0;
        long found = 0;
        long matched = 0;
        long attributed = 0;
        long kinds = 0;
        long[] bandAttributed = new long[CONFIDENCE_BANDS.length];
        long[] bandRight = new long[CONFIDENCE_BANDS.length];
        for (int i = 0; i < truthFiles.size(); i++) {
            String name = truthFiles.get(i).getFileName().toString().replaceFirst("\\.tsv$", "");
            Annotated article = annotator.annotate(cleaned.get(i));
            String raw = article.article().raw();
            List<Truth> truths = read(truthFiles.get(i));
            Set<Quote> used = new HashSet<>();
            long pageMatched = 0;
            long pageAttributed = 0;
            // Quotes are looked for from the headline the quote stage reads on: a headline repeated in the page
            // chrome is not the quote. No-break spaces in pages are ordinary spaces in annotations.
            int[] starts = locate(Folding.plainSpaces(raw), annotationStart(article.article()), truths,
                    truthFiles.get(i));
            for (int t = 0; t < truths.size(); t++) {
                Truth truth = truths.get(t);
                int at = starts[t];
                Quote match = article.quotes().stream().filter(q -> !used.contains(q))
                        .filter(q -> q.span().start() <= at + 5 && q.span().end() > at).findFirst().orElse(null);
                if (match == null) {
                    lines.add(String.format(Locale.ROOT, "%s  MISSED   %-8s %-20s %s", name, truth.kind(), truth.speaker(),
                            truth.start()));
                    continue;
                }
                used.add(match);
                pageMatched++;
                if (match.kind().code().equals(truth.kind())) {
                    kinds++;
                }
                boolean right = rightSpeaker(truth.speaker(), match);
                if (match.speaker() != null) {
                    int band = 0;
                    while (match.confidence() < CONFIDENCE_BANDS[band]) {
                        band++;
                    }
                    bandAttributed[band]++;
                    bandRight[band] += right ? 1 : 0;
                }
                if (right) {
                    pageAttributed++;
                } else {
                    lines.add(String.format(Locale.ROOT, "%s  SPEAKER  %-8s %-20s %s (found: %s)", name, truth.kind(),
                            truth.speaker(), truth.start(), match.speaker() == null ? "-" : match.speaker().name()));
                }
            }
            for (Quote quote : article.quotes()) {
                if (!used.contains(quote)) {
                    String text = quote.span().of(raw);
                    lines.add(String.format(Locale.ROOT, "%s  EXTRA    %-8s %-20s %s", name, quote.kind().code(),
                            quote.speaker() == null ? "-" : quote.speaker().name(),
                            text.length() > 60 ? text.substring(0, 60) + "…" : text));
                }
            }
            truthCount += truths.size();
            found += article.quotes().size();
            matched += pageMatched;
            attributed += pageAttributed;
        }
        List<Band> bands = new ArrayList<>();
        for (int band = 0; band < CONFIDENCE_BANDS.length; band++) {
            bands.add(new Band(CONFIDENCE_BANDS[band], bandAttributed[band], bandRight[band]));
        }
        return new Report(List.copyOf(lines), truthCount, found, matched, attributed, kinds, List.copyOf(bands));
    }

    /**
     * How far two annotations of the same pages agree: quotes each has, quotes both have (their first words within
     * {@link #SAME_QUOTE_CHARS} characters of each other on one line of the page), of those how many have the same
     * kind, and the same speaker with either annotation taken as the truth (the eval's speaker rule is not symmetric).
     */
    public record Agreement(long first, long second, long both, long sameKind, long sameSpeakerFirstTrue,
                            long sameSpeakerSecondTrue) {
        public String format() {
            return String.format(Locale.ROOT, "quotes: %d in the first annotation, %d in the second, %d in both"
                            + " (F1 %.3f)%nsame kind: %d of %d%nsame speaker: %d with the first as truth"
                            + " (quote + speaker F1 %.3f), %d with the second (F1 %.3f)%n", first, second, both,
                    f1(both), sameKind, both, sameSpeakerFirstTrue, f1(sameSpeakerFirstTrue), sameSpeakerSecondTrue,
                    f1(sameSpeakerSecondTrue));
        }

        private double f1(long agreeing) {
            return first + second == 0 ? 0 : 2.0 * agreeing / (first + second);
        }
    }

    /** How far apart two annotations may put the first words of one quote (one starts at "que", the other after). */
    private static final int SAME_QUOTE_CHARS = 60;

    /** Scores a second annotation of the pages against the first: the NAME.tsv files of each directory. */
    public static Agreement agreement(Path pagesDirectory, Path first, Path second) throws IOException {
        List<Path> truthFiles = annotationFiles(first);
        List<Article> cleaned = CleanEvaluation.cleanAll(pagesOf(pagesDirectory, truthFiles));
        long firstCount = 0;
        long secondCount = 0;
        long both = 0;
        long sameKind = 0;
        long firstTrue = 0;
        long secondTrue = 0;
        for (int i = 0; i < truthFiles.size(); i++) {
            Path other = second.resolve(truthFiles.get(i).getFileName());
            if (!Files.exists(other)) {
                throw new IllegalArgumentException(other + ": missing, the second annotation must cover every page");
            }
            String page = Folding.plainSpaces(cleaned.get(i).raw());
            int from = annotationStart(cleaned.get(i));
            List<Truth> ones = read(truthFiles.get(i));
            List<Truth> twos = read(other);
            int[] oneAt = locate(page, from, ones, truthFiles.get(i));
            int[] twoAt = locate(page, from, twos, other);
            boolean[] used = new boolean[twos.size()];
            for (int a = 0; a < ones.size(); a++) {
                int nearest = -1;
                for (int b = 0; b < twos.size(); b++) {
                    int distance = Math.abs(oneAt[a] - twoAt[b]);
                    if (used[b] || distance > SAME_QUOTE_CHARS
                            || nearest >= 0 && distance >= Math.abs(oneAt[a] - twoAt[nearest])) {
                        continue;
                    }
                    int lineEnd = page.indexOf('\n', Math.min(oneAt[a], twoAt[b]));
                    if (lineEnd < 0 || lineEnd >= Math.max(oneAt[a], twoAt[b])) {
                        nearest = b;
                    }
                }
                if (nearest >= 0) {
                    used[nearest] = true;
                    both++;
                    Truth one = ones.get(a);
                    Truth two = twos.get(nearest);
                    sameKind += one.kind().equals(two.kind()) ? 1 : 0;
                    firstTrue += sameSpeaker(one.speaker(), two.speaker()) ? 1 : 0;
                    secondTrue += sameSpeaker(two.speaker(), one.speaker()) ? 1 : 0;
                }
            }
            firstCount += ones.size();
            secondCount += twos.size();
        }
        return new Agreement(firstCount, secondCount, both, sameKind, firstTrue, secondTrue);
    }

    /** The NAME.tsv files of a directory of annotations, in name order. */
    private static List<Path> annotationFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }

    /** The page NAME.txt each annotation NAME.tsv is of. */
    private static List<Path> pagesOf(Path pagesDirectory, List<Path> annotations) {
        return annotations.stream().map(truth -> pagesDirectory.resolve(
                truth.getFileName().toString().replaceFirst("\\.tsv$", ".txt"))).toList();
    }

    /** Where quotes are looked for: from the headline the quote stage reads, else the first paragraph, on. */
    private static int annotationStart(Article article) {
        List<Span> body = article.paragraphs();
        Span headline = Annotator.headline(article);
        return headline != null ? headline.start() : body.isEmpty() ? 0 : body.get(0).start();
    }

    /** Where each annotation's first words are in the page, in turn (the same words quoted twice are found in turn). */
    private static int[] locate(String page, int from, List<Truth> truths, Path file) {
        int[] at = new int[truths.size()];
        for (int i = 0; i < truths.size(); i++) {
            String words = Folding.plainSpaces(truths.get(i).start());
            int start = page.indexOf(words, from);
            if (start < 0) {
                start = page.indexOf(words);
            }
            if (start < 0) {
                throw new IllegalArgumentException(file + ": quote not in the page: " + truths.get(i).start());
            }
            at[i] = start;
            from = start + 1;
        }
        return at;
    }

    /** The annotator {@code analyze} runs with its default settings and the bundled outlet registry. */
    static Annotator defaultAnnotator() {
        return new Annotator(LanguageIdentifier.DEFAULT_LANGUAGES, CleanConfig.DEFAULT.languages(),
                OutletRegistry.bundled());
    }

    private static boolean rightSpeaker(String truth, Quote found) {
        return sameSpeaker(truth, found.speaker() == null ? "-" : found.speaker().name());
    }

    /**
     * Whether a speaker found ("-" for none) is the true one: the last word of the true name is a word of the found
     * one, or one is the other's acronym.
     */
    private static boolean sameSpeaker(String truth, String found) {
        if (truth.equals("-") || found.equals("-")) {
            return truth.equals(found);
        }
        String[] truthWords = Folding.lowerMatchForm(truth).split(NOT_A_LETTER);
        Set<String> foundWords = new HashSet<>(Arrays.asList(Folding.lowerMatchForm(found).split(NOT_A_LETTER)));
        return foundWords.contains(truthWords[truthWords.length - 1]) || spells(truth, found) || spells(found, truth);
    }

    /** Whether one name is the other's acronym, its words' initials: "EU" of "European Union". */
    private static boolean spells(String acronym, String name) {
        if (!ACRONYM.matcher(acronym).matches()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(NOT_A_LETTER)) {
            if (!word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString().equals(acronym);
    }

    private static List<Truth> read(Path file) throws IOException {
        List<Truth> truths = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException(file + ":" + number + ": expected kind, speaker and text, "
                        + "tab-separated");
            }
            truths.add(new Truth(cells[0], cells[1], cells[2]));
        }
        return truths;
    }
}
