package io.newstrace.core.eval;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.eval.StandoffAttributions.Attribution;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;
import io.newstrace.core.text.LanguageResources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores quote extraction and attribution on PolNeAR (Newell, Margolin and Ruths, LREC 2018: attributions in 1,008
 * US political news articles, github.com/networkdynamics/PolNeAR), read from a checkout: each article's
 * {@code data/SPLIT/text/NAME.txt} goes the way {@code analyze} takes a text file (the split's articles cleaned as one
 * corpus), and the quotes found are compared with {@code data/SPLIT/attributions/NAME_ANNOTATOR.ann}. Where several
 * annotators annotated an article, the annotation of the first annotator in alphabetical order is the truth.
 * <p>
 * PolNeAR annotates every attribution, thoughts and intentions too ("X believes", "X wants"); Newstrace's quotes are
 * statements only. So two truths are scored: the <em>statements</em>, attributions whose content holds a double
 * quotation mark or whose cue holds a speech verb (said, told, added, reported: the forms of the English lexicon
 * frozen in {@code lang/en/polnear-statement-cues.txt}, so that the truth does not move with the lexicon) or reads
 * "according to"; and all attributions. The statements are scored once more without those whose source no
 * coreference chain ties to a name, whose speaker the truth cannot judge. A found quote matches the attribution whose
 * content shares the most word tokens with it, when they share at least half the tokens of the shorter of the two;
 * several found quotes may match one attribution (the fragments of a quotation broken by "he said" are one
 * attribution in PolNeAR). Against the statements, a found quote matching another attribution is not counted.
 * The speaker is right when the last word of the found speaker's name (possessive 's dropped) is a word of the
 * attribution's source, or of the representative mention of the CoreNLP coreference chain through the source when
 * the source's last noun before any comma is no proper noun ("he", "the campaign", "the New York businessman");
 * when the attribution has no source, when no speaker is found.
 */
public final class PolnearEvaluation {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern ANNOTATION = Pattern.compile("(.+)_([^_]+)\\.ann");
    /** Double quotation marks only (and two apostrophes standing for one): the single curly quote is also the apostrophe. */
    static final String QUOTATION_MARKS = "\"“”«»„";
    /** The cue words of a statement: a fixed list, so that the truth does not move with the engine's lexicon. */
    private static final Set<String> STATEMENT_CUES = Set.copyOf(LanguageResources.words("en",
            "polnear-statement-cues.txt"));

    /**
     * One attribution as scored: whether it is a statement, whether its content holds quotation marks, the source
     * as displayed, the words a right speaker's name ends with (empty when no source is given), and whether the
     * source is a pronoun or a description that no coreference chain ties to a name.
     */
    record Truth(Attribution attribution, boolean statement, boolean quoted, String source, Set<String> speakerWords,
                 boolean unnamed) {
    }

    /** A found quote and the attribution it matches (null when none), with whether its speaker is right. */
    record FoundOutcome(Quote quote, Truth match, boolean rightSpeaker) {
    }

    /** An attribution and the found quote that overlaps it most among those matching it (null when none). */
    record TruthOutcome(Truth truth, Quote match, boolean rightSpeaker) {
    }

    /** Outcomes of one article. */
    record Scored(String name, String raw, List<FoundOutcome> found, List<TruthOutcome> truth) {
    }

    /** Counts over articles for one truth: precision counts found quotes, recall counts attributions. */
    public record Counts(long truth, long found, long foundMatched, long truthMatched, long foundAttributed,
                         long truthAttributed) {
        static Counts of(List<Scored> articles, Predicate<Truth> counted, Predicate<Quote> foundCounted) {
            long truth = 0;
            long found = 0;
            long foundMatched = 0;
            long truthMatched = 0;
            long foundAttributed = 0;
            long truthAttributed = 0;
            for (Scored article : articles) {
                for (TruthOutcome outcome : article.truth()) {
                    if (counted.test(outcome.truth())) {
                        truth++;
                        truthMatched += outcome.match() != null ? 1 : 0;
                        truthAttributed += outcome.rightSpeaker() ? 1 : 0;
                    }
                }
                for (FoundOutcome outcome : article.found()) {
                    if (foundCounted.test(outcome.quote()) && (outcome.match() == null || counted.test(outcome.match()))) {
                        found++;
                        foundMatched += outcome.match() != null ? 1 : 0;
                        foundAttributed += outcome.rightSpeaker() ? 1 : 0;
                    }
                }
            }
            return new Counts(truth, found, foundMatched, truthMatched, foundAttributed, truthAttributed);
        }

        public double detectionPrecision() {
            return ratio(foundMatched, found);
        }

        public double detectionRecall() {
            return ratio(truthMatched, truth);
        }

        public double attributionPrecision() {
            return ratio(foundAttributed, found);
        }

        public double attributionRecall() {
            return ratio(truthAttributed, truth);
        }

        private static double ratio(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** The figures of one split, and with {@code verbose} every miss, wrong speaker and extra quote. */
    public record Report(String split, int articles, int severalAnnotators, int withoutCoreNlp,
                         long statementsOutsideBody, List<Scored> scored) {
        public Counts statements() {
            return Counts.of(scored, Truth::statement, quote -> true);
        }

        /**
         * The statements whose speaker can be judged: "he said" with no coreference chain to a name is right for no
         * name, so these leave out what the truth itself cannot tell.
         */
        public Counts named() {
            return Counts.of(scored, truth -> truth.statement() && !truth.unnamed(), quote -> true);
        }

        public Counts all() {
            return Counts.of(scored, truth -> true, quote -> true);
        }

        public String format(boolean verbose) {
            StringBuilder out = new StringBuilder();
            if (verbose) {
                scored.forEach(article -> lines(article, out));
                out.append('\n');
            }
            Counts statements = statements();
            long unnamed = scored.stream().flatMap(article -> article.truth().stream())
                    .filter(outcome -> outcome.truth().statement() && outcome.truth().unnamed()).count();
            out.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles (%d annotated by several: the first "
                            + "annotator's annotation, alphabetically, is the truth; %d without CoreNLP file), "
                            + "%d attributions, %d of them statements (%d in lines the clean stage left out of the "
                            + "body; %d whose source, a pronoun or a description, no coreference chain ties to a "
                            + "name)%n%n", split, articles, severalAnnotators, withoutCoreNlp, all().truth(),
                    statements.truth(), statementsOutsideBody, unnamed));
            out.append("truth: statements (content with a double quotation mark, or cue with a speech verb or "
                    + "\"according to\"); found quotes matching another attribution not counted\n");
            table(statements, out);
            byKind(scored, Truth::statement, out);
            out.append("\ntruth: statements whose source the truth names (a name, or a coreference chain to one); "
                    + "found quotes matching the others not counted\n");
            table(named(), out);
            out.append("\ntruth: all attributions (thoughts and intentions too)\n");
            table(all(), out);
            out.append("\nA found quote matches the attribution sharing the most word tokens with it, if they share at "
                    + "least half of the shorter's;\nseveral found quotes may match one attribution. Speaker right: "
                    + "the last word of its name is a word of the source,\nor of the representative mention of the "
                    + "source's CoreNLP coreference chain\nwhen the source's last noun (before any comma) is no proper "
                    + "noun.\n");
            return out.toString();
        }

        static void table(Counts counts, StringBuilder out) {
            out.append(String.format(Locale.ROOT, "  %-18s %6s %6s %7s %7s %7s%n", "", "truth", "found", "P", "R", "F1"));
            out.append(String.format(Locale.ROOT, "  %-18s %6d %6d %7.3f %7.3f %7.3f%n", "quote detection",
                    counts.truth(), counts.found(), counts.detectionPrecision(), counts.detectionRecall(),
                    CleanEvaluation.f1(counts.detectionPrecision(), counts.detectionRecall())));
            out.append(String.format(Locale.ROOT, "  %-18s %6s %6s %7.3f %7.3f %7.3f%n", "quote + speaker", "", "",
                    counts.attributionPrecision(), counts.attributionRecall(),
                    CleanEvaluation.f1(counts.attributionPrecision(), counts.attributionRecall())));
        }

        /** Precision by the kind found (direct, partial, indirect) and recall by the truth's, quoted or not. */
        static void byKind(List<Scored> scored, Predicate<Truth> counted, StringBuilder out) {
            for (String kind : List.of("direct", "partial", "indirect")) {
                Counts found = Counts.of(scored, counted, quote -> quote.kind().code().equals(kind));
                out.append(String.format(Locale.ROOT, "  found %-8s %6d found   detection P %.3f   quote + speaker "
                        + "P %.3f%n", kind, found.found(), found.detectionPrecision(), found.attributionPrecision()));
            }
            for (boolean quoted : List.of(true, false)) {
                Counts truth = Counts.of(scored, t -> counted.test(t) && t.quoted() == quoted, quote -> true);
                out.append(String.format(Locale.ROOT, "  truth %-8s %6d true    detection R %.3f   quote + speaker "
                                + "R %.3f%n", quoted ? "quoted" : "unquoted", truth.truth(), truth.detectionRecall(),
                        truth.attributionRecall()));
            }
        }

        /**
         * MISSED and SPEAKER for statements (with the source, and the speaker found), EXTRA for found quotes matching
         * no attribution, OTHER for those matching an attribution that is not a statement.
         */
        static void lines(Scored article, StringBuilder out) {
            for (TruthOutcome outcome : article.truth()) {
                Truth truth = outcome.truth();
                if (!truth.statement() || outcome.rightSpeaker()) {
                    continue;
                }
                String text = Attribution.text(article.raw(), truth.attribution().content());
                if (outcome.match() == null) {
                    out.append(String.format(Locale.ROOT, "%s  MISSED   %-8s %-30s %s%n", article.name(),
                            truth.quoted() ? "quoted" : "unquoted", clip(truth.source(), 30), clip(text, 70)));
                } else {
                    out.append(String.format(Locale.ROOT, "%s  SPEAKER  %-8s %-30s %s (found: %s)%n", article.name(),
                            outcome.match().kind().code(), clip(truth.source(), 30), clip(text, 60),
                            speakerName(outcome.match())));
                }
            }
            for (FoundOutcome outcome : article.found()) {
                if (outcome.match() == null || !outcome.match().statement()) {
                    out.append(String.format(Locale.ROOT, "%s  %-8s %-8s %-30s %s%n", article.name(),
                            outcome.match() == null ? "EXTRA" : "OTHER", outcome.quote().kind().code(),
                            clip(speakerName(outcome.quote()), 30), clip(outcome.quote().span().of(article.raw()), 70)));
                }
            }
        }

        private static String speakerName(Quote quote) {
            return quote.speaker() == null ? "-" : quote.speaker().name();
        }

        private static String clip(String text, int length) {
            String line = text.replaceAll("\\s+", " ").strip();
            return line.length() > length ? line.substring(0, length - 1) + "…" : line;
        }
    }

    private PolnearEvaluation() {
    }

    /** Scores the articles of {@code split} (dev, test or train) of the PolNeAR checkout {@code directory}. */
    public static Report evaluate(Path directory, String split) throws IOException {
        Path data = Files.isDirectory(directory.resolve("data")) ? directory.resolve("data") : directory;
        Path texts = data.resolve(split).resolve("text");
        Path annotations = data.resolve(split).resolve("attributions");
        Path coreNlp = data.resolve(split).resolve("corenlp");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            throw new IllegalArgumentException(directory + " holds no PolNeAR split " + split
                    + " (data/" + split + "/text and data/" + split + "/attributions)");
        }
        List<String> names = names(texts, ".txt");
        Map<String, List<String>> annotators = new TreeMap<>();
        for (String file : names(annotations, "")) {
            Matcher matcher = ANNOTATION.matcher(file);
            if (matcher.matches()) {
                annotators.computeIfAbsent(matcher.group(1), k -> new ArrayList<>()).add(file);
            }
        }
        Map<String, Article> cleaned = CleanEvaluation.readAndClean(names, false,
                name -> Files.readAllBytes(texts.resolve(name + ".txt")));
        Annotator annotator = QuoteEvaluation.defaultAnnotator();
        List<Scored> scored = new ArrayList<>();
        int severalAnnotators = 0;
        int withoutCoreNlp = 0;
        long outsideBody = 0;
        for (String name : names) {
            List<String> files = annotators.getOrDefault(name, List.of());
            if (files.isEmpty() || !cleaned.containsKey(name)) {
                continue;
            }
            severalAnnotators += files.size() > 1 ? 1 : 0;
            String text = Files.readString(texts.resolve(name + ".txt"), StandardCharsets.UTF_8);
            Annotated annotated = annotator.annotate(cleaned.get(name));
            if (!annotated.article().raw().equals(text)) {
                // Brat offsets count in the file's text; a decoder that changed it (a byte-order mark) shifts them.
                throw new IllegalStateException(name + ": the text read differs from the file's");
            }
            Path xml = coreNlp.resolve(name + ".txt.xml");
            CoreNlpCoreference coreference = Files.exists(xml) ? CoreNlpCoreference.read(xml) : CoreNlpCoreference.none();
            withoutCoreNlp += Files.exists(xml) ? 0 : 1;
            List<Truth> truth = StandoffAttributions.read(annotations.resolve(files.get(0)), text).stream()
                    .map(attribution -> truth(attribution, text, coreference)).toList();
            List<Span> body = annotated.article().paragraphs();
            outsideBody += truth.stream().filter(t -> t.statement() && t.attribution().content().stream()
                    .noneMatch(span -> body.stream().anyMatch(span::overlaps)))
                    .count();
            scored.add(score(name, text, truth, annotated.quotes()));
        }
        return new Report(split, scored.size(), severalAnnotators, withoutCoreNlp, outsideBody, List.copyOf(scored));
    }

    private static List<String> names(Path directory, String extension) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(extension) && !f.startsWith("."))
                    .map(f -> f.substring(0, f.length() - extension.length())).sorted().toList();
        }
    }

    /** An attribution with what the scoring needs to know of it. */
    static Truth truth(Attribution attribution, String raw, CoreNlpCoreference coreference) {
        String content = Attribution.text(raw, attribution.content());
        boolean quoted = content.chars().anyMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0) || content.contains("''");
        String cue = Attribution.text(raw, attribution.cue());
        boolean said = words(cue).stream().map(Folding::lowerMatchForm).anyMatch(STATEMENT_CUES::contains)
                || Folding.lowerMatchForm(cue).contains("according to");
        String source = Attribution.text(raw, attribution.source());
        Set<String> speakerWords = new LinkedHashSet<>(words(source));
        boolean unnamed = false;
        if (!attribution.source().isEmpty() && !coreference.namesSomeone(attribution.source())) {
            Optional<Span> representative = coreference.representative(attribution.source());
            unnamed = representative.map(span -> !coreference.namesSomeone(List.of(span))).orElse(true);
            String named = representative.map(span -> span.of(raw)).orElse(source);
            if (!named.equals(source)) {
                speakerWords.addAll(words(named));
                source = source + " → " + named;
            }
        }
        return new Truth(attribution, quoted || said, quoted, attribution.source().isEmpty() ? "-" : source,
                Set.copyOf(speakerWords), unnamed);
    }

    /** Matches each found quote with an attribution, and each attribution with the found quote overlapping it most. */
    static Scored score(String name, String raw, List<Truth> truth, List<Quote> quotes) {
        int[] wordStarts = WORD.matcher(raw).results().mapToInt(MatchResult::start).toArray();
        int[][] overlaps = new int[quotes.size()][truth.size()];
        List<FoundOutcome> found = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            int quoteWords = wordsIn(wordStarts, List.of(quote.span()));
            int best = -1;
            int bestOverlap = 0;
            for (int t = 0; t < truth.size(); t++) {
                List<Span> content = truth.get(t).attribution().content();
                int overlap = wordsIn(wordStarts, content.stream().map(span -> intersection(span, quote.span())).toList());
                if (overlap > 0 && 2 * overlap >= Math.min(quoteWords, wordsIn(wordStarts, content))
                        && overlap > bestOverlap) {
                    best = t;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                found.add(new FoundOutcome(quote, null, false));
            } else {
                overlaps[q][best] = bestOverlap;
                found.add(new FoundOutcome(quote, truth.get(best), rightSpeaker(quote, truth.get(best))));
            }
        }
        List<TruthOutcome> outcomes = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            int best = -1;
            for (int q = 0; q < quotes.size(); q++) {
                if (overlaps[q][t] > 0 && (best < 0 || overlaps[q][t] > overlaps[best][t])) {
                    best = q;
                }
            }
            outcomes.add(best < 0 ? new TruthOutcome(truth.get(t), null, false)
                    : new TruthOutcome(truth.get(t), quotes.get(best), found.get(best).rightSpeaker()));
        }
        return new Scored(name, raw, List.copyOf(found), List.copyOf(outcomes));
    }

    /** The characters two spans share; an empty span where they share none. */
    private static Span intersection(Span a, Span b) {
        int start = Math.max(a.start(), b.start());
        return new Span(start, Math.max(start, Math.min(a.end(), b.end())));
    }

    private static boolean rightSpeaker(Quote quote, Truth truth) {
        if (truth.speakerWords().isEmpty() || quote.speaker() == null) {
            return truth.speakerWords().isEmpty() && quote.speaker() == null;
        }
        List<String> name = words(quote.speaker().name());
        return !name.isEmpty() && truth.speakerWords().contains(name.get(name.size() - 1));
    }

    /** The word tokens of a text, folded (lower case, no accents), without the possessive 's ("Obama's" is obama). */
    static List<String> words(String text) {
        return WORD.matcher(POSSESSIVE.matcher(Folding.lowerMatchForm(text)).replaceAll("")).results()
                .map(MatchResult::group).toList();
    }

    /** How many words start inside the spans, from the sorted starts of all the text's words. */
    private static int wordsIn(int[] wordStarts, List<Span> spans) {
        int count = 0;
        for (Span span : spans) {
            count += insertionPoint(wordStarts, span.end()) - insertionPoint(wordStarts, span.start());
        }
        return count;
    }

    private static int insertionPoint(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        return at >= 0 ? at : -at - 1;
    }
}
