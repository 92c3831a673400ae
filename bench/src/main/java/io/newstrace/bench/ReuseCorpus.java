package io.newstrace.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A corpus with planted text reuse, for the reuse benchmark. Every article's own text is produced by a word-level
 * Markov chain (order 2) trained on real news text (samples, labelled pages, ECB+ articles), with random restarts
 * (forced after a few words from contexts with a single continuation) and substitutions, so that no two articles
 * share a passage by chance while all share the vocabulary and stock phrases of the same news topics (near-topic
 * distractors). Then passages are planted: a quarter of the articles receive one to three passages (20 to 200
 * words, 0 to 20% of their words changed, dropped or inserted) copied from an earlier article's own text, each
 * inserted at a random place, as a paragraph of its own or spliced into a sentence, and about one article in twenty
 * relays a "wire story" passage that a hundred others carry too. Article {@code i} depends only on the seed and
 * {@code i}; the truth records where each passage is in both raw texts.
 */
final class ReuseCorpus {
    /** A planted copy: words [sourceStart, sourceEnd) of the source's raw text are at [targetStart, targetEnd). */
    record Planted(int source, int target, int sourceStart, int sourceEnd, int targetStart, int targetEnd, int words,
                   double editRate) {
    }

    record Article(String text, List<Planted> planted) {
    }

    private static final double RESTART = 0.1;
    private static final double SUBSTITUTE = 0.08;
    /**
     * Words in a row the chain may take from a context with a single continuation before it restarts: longer
     * runs would replay a training sentence word for word and make two articles share it by chance.
     */
    private static final int MAX_FORCED = 3;
    private static final int WIRE_PERIOD = 2000;
    private static final double WIRE_SHARE = 0.05;
    private static final double REUSE_SHARE = 0.25;

    private final Map<String, List<String>> next = new HashMap<>();
    /** Contexts the training text always continues with the same word. */
    private final Set<String> forced = new HashSet<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final long seed;

    private ReuseCorpus(long seed) {
        this.seed = seed;
    }

    /**
     * The real text the chain learns from: the given directories and, next to the labelled pages, the held-out
     * pages and the ECB+ news articles of the story evaluation, so that the chain has more than one way on from
     * most contexts and replays no long stretch of its training text.
     */
    static List<Path> trainingDirectories(List<Path> directories, Path pages) {
        List<Path> all = new ArrayList<>(directories);
        if (pages != null) {
            all.add(pages.resolveSibling("pages-heldout2"));
            all.add(pages.resolveSibling("events"));
        }
        return all;
    }

    /**
     * Trains the chain on the {@code .txt} files of the directories, and on the {@code text} field of their
     * {@code .jsonl} files (one article a line, as {@code analyze} reads them).
     */
    static ReuseCorpus train(List<Path> directories, long seed) {
        return train(directories, seed, paragraph -> true);
    }

    /** Trains the chain on the paragraphs {@code keep} accepts only (one language, say). */
    static ReuseCorpus train(List<Path> directories, long seed, Predicate<String> keep) {
        ReuseCorpus corpus = new ReuseCorpus(seed);
        ObjectMapper json = new ObjectMapper();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    List<String> texts = new ArrayList<>();
                    if (file.toString().endsWith(".txt")) {
                        texts.add(Files.readString(file, StandardCharsets.UTF_8));
                    } else if (file.toString().endsWith(".jsonl")) {
                        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                            texts.add(json.readTree(line).path("text").asText());
                        }
                    }
                    for (String text : texts) {
                        for (String paragraph : text.split("\n\\s*\n")) {
                            if (keep.test(paragraph)) {
                                corpus.learn(paragraph.strip().split("\\s+"));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the training text in " + directory, e);
            }
        }
        if (corpus.starts.isEmpty()) {
            throw new IllegalStateException("no training text found in " + directories);
        }
        corpus.next.forEach((context, words) -> {
            if (words.stream().distinct().count() == 1) {
                corpus.forced.add(context);
            }
        });
        return corpus;
    }

    private void learn(String[] words) {
        if (words.length < 12) {
            return; // menus and captions teach the chain nothing about prose
        }
        starts.add(words[0] + " " + words[1]);
        for (int i = 0; i + 2 < words.length; i++) {
            next.computeIfAbsent(words[i] + " " + words[i + 1], k -> new ArrayList<>()).add(words[i + 2]);
            vocabulary.add(words[i]);
        }
    }

    /** The article's own text: three to eight paragraphs of 40 to 120 words. */
    String background(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        StringBuilder text = new StringBuilder();
        int paragraphs = 3 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            appendWords(text, 40 + random.nextInt(81), random);
        }
        return text.toString();
    }

    /** About {@code length} words of the chain (a restart may add one), appended to {@code text}. */
    void appendWords(StringBuilder text, int length, SplittableRandom random) {
        String[] pair = starts.get(random.nextInt(starts.size())).split(" ");
        text.append(pair[0]).append(' ').append(pair[1]);
        int forcedRun = 0;
        for (int w = 2; w < length; w++) {
            String context = pair[0] + " " + pair[1];
            List<String> options = next.get(context);
            forcedRun = forced.contains(context) ? forcedRun + 1 : 0;
            String word;
            if (options == null || forcedRun > MAX_FORCED || random.nextDouble() < RESTART) {
                // A new sentence opening, both its words, so that the chain continues from a context it knows.
                forcedRun = 0;
                pair = starts.get(random.nextInt(starts.size())).split(" ");
                text.append(' ').append(pair[0]);
                w++;
                word = pair[1];
            } else {
                word = options.get(random.nextInt(options.size()));
                pair = new String[] {pair[1], word};
            }
            if (random.nextDouble() < SUBSTITUTE) {
                word = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            text.append(' ').append(word);
        }
    }

    /** Every word of the training text, once per occurrence (so a word's count is its frequency). */
    List<String> vocabulary() {
        return Collections.unmodifiableList(vocabulary);
    }

    /**
     * What article {@code index} receives, drawn before any text is read so that where its copies go is known
     * without generating its sources: the wire story of its block, then up to three passages of earlier articles.
     */
    private List<Plan> plans(int index, SplittableRandom random) {
        List<Plan> plans = new ArrayList<>();
        int wireSource = index / WIRE_PERIOD * WIRE_PERIOD;
        if (index > wireSource && random.nextDouble() < WIRE_SHARE) {
            // The same passage of the block's first article, relayed with light edits.
            SplittableRandom wire = new SplittableRandom(seed ^ wireSource);
            plans.add(new Plan(wireSource, 60 + wire.nextInt(100), wire.nextInt(1000), random.nextDouble() * 0.1,
                    random.nextDouble(), random.nextBoolean()));
        }
        if (index > 0 && random.nextDouble() < REUSE_SHARE) {
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                int source = index - 1 - random.nextInt(Math.min(index, 1000));
                int words = random.nextDouble() < 0.7 ? 40 + random.nextInt(161) : 20 + random.nextInt(20);
                plans.add(new Plan(source, words, random.nextInt(1000), random.nextDouble() * 0.2,
                        random.nextDouble(), random.nextBoolean()));
            }
        }
        return plans;
    }

    /**
     * A passage to copy: how many words, where in the source ({@code offsetSeed}), how edited, and where it goes in
     * the target: at the paragraph break nearest {@code where} (a share of the text) or spliced into a sentence there.
     */
    private record Plan(int source, int words, int offsetSeed, double editRate, double where, boolean ownParagraph) {
    }

    /** A planned copy made: its text, the source words it came from, and where it goes in the target's own text. */
    private record Copy(Plan plan, String text, int sourceStart, int sourceEnd, int words, int edits, int insertAt) {
        String separator() {
            return plan.ownParagraph() ? "\n\n" : " ";
        }

        /** Characters the copy adds to the target's own text. */
        int added() {
            return text.length() + separator().length();
        }
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(~(seed * 7_368_787L + index));
    }

    /** The character offsets in {@code own} (an article's own text) where its planned copies go, in plan order. */
    private static int[] insertionPoints(String own, List<Plan> plans) {
        List<int[]> words = wordSpans(own);
        List<Integer> paragraphStarts = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            if (w == 0 || own.charAt(words.get(w)[0] - 1) == '\n') {
                paragraphStarts.add(words.get(w)[0]);
            }
        }
        paragraphStarts.add(own.length());
        int[] points = new int[plans.size()];
        for (int c = 0; c < plans.size(); c++) {
            Plan plan = plans.get(c);
            points[c] = plan.ownParagraph()
                    ? paragraphStarts.get((int) (plan.where() * paragraphStarts.size()))
                    : words.get(1 + (int) (plan.where() * (words.size() - 1)))[0];
        }
        return points;
    }

    /** The copies article {@code index} receives, made from its sources' own text. */
    private List<Copy> copies(int index, String own) {
        SplittableRandom random = random(index);
        List<Plan> plans = plans(index, random);
        int[] points = insertionPoints(own, plans);
        List<Copy> copies = new ArrayList<>();
        for (int c = 0; c < plans.size(); c++) {
            copies.add(copy(plans.get(c), points[c], random));
        }
        return copies;
    }

    private Copy copy(Plan plan, int insertAt, SplittableRandom random) {
        String sourceText = background(plan.source());
        List<int[]> spans = wordSpans(sourceText);
        // The passage must not straddle a place where the source receives a copy of its own, or it would not be
        // one stretch of the source's text.
        int[] sourcePoints = insertionPoints(sourceText, plans(plan.source(), random(plan.source())));
        int[] run = longestFreeRun(spans, sourcePoints, plan.words(), plan.offsetSeed());
        int first = run[0];
        int length = run[1];
        // Exactly floor(rate × length) inner words are edited, so the rate is controlled, not just expected.
        Set<Integer> edited = new HashSet<>();
        int edits = Math.min(Math.max(0, length - 2), (int) (plan.editRate() * length));
        while (edited.size() < edits) {
            edited.add(first + 1 + random.nextInt(length - 2));
        }
        StringBuilder copy = new StringBuilder();
        for (int w = first; w < first + length; w++) {
            String word = sourceText.substring(spans.get(w)[0], spans.get(w)[1]);
            if (edited.contains(w)) {
                switch (random.nextInt(3)) {
                    case 0 -> word = vocabulary.get(random.nextInt(vocabulary.size()));
                    case 1 -> word = null;
                    default -> word = word + " " + vocabulary.get(random.nextInt(vocabulary.size()));
                }
            }
            if (word != null) {
                copy.append(copy.isEmpty() ? "" : " ").append(word);
            }
        }
        return new Copy(plan, copy.toString(), spans.get(first)[0], spans.get(first + length - 1)[1], length, edits,
                insertAt);
    }

    /**
     * Words [first, first + length) of the source: {@code words} long from a position drawn by {@code offsetSeed},
     * moved or shortened so that no insertion point falls inside.
     */
    private static int[] longestFreeRun(List<int[]> spans, int[] points, int words, int offsetSeed) {
        int length = Math.min(words, spans.size());
        int first = spans.size() == length ? 0 : offsetSeed % (spans.size() - length);
        List<Integer> cuts = new ArrayList<>(List.of(0, spans.size()));
        for (int point : points) {
            for (int w = 1; w < spans.size(); w++) {
                if (spans.get(w)[0] == point) {
                    cuts.add(w);
                }
            }
        }
        cuts.sort(null);
        int bestFirst = 0;
        int bestLength = 0;
        for (int c = 0; c + 1 < cuts.size(); c++) {
            int from = Math.max(cuts.get(c), Math.min(first, cuts.get(c + 1) - length));
            int to = Math.min(cuts.get(c + 1), from + length);
            if (to - from > bestLength) {
                bestFirst = from;
                bestLength = to - from;
            }
        }
        return new int[] {bestFirst, bestLength};
    }

    /** Where a character of an article's own text ends up once its copies are inserted. */
    private static int shifted(int offset, List<Copy> copies) {
        int shift = 0;
        for (Copy copy : copies) {
            if (copy.insertAt() <= offset) {
                shift += copy.added();
            }
        }
        return offset + shift;
    }

    /** The article with its planted passages inserted at their places, and where they are in both texts. */
    Article article(int index) {
        String own = background(index);
        List<Copy> copies = copies(index, own);
        List<Copy> byPlace = new ArrayList<>(copies);
        byPlace.sort(Comparator.comparingInt(Copy::insertAt));
        StringBuilder text = new StringBuilder();
        Map<Copy, Integer> starts = new IdentityHashMap<>();
        int from = 0;
        for (Copy copy : byPlace) {
            text.append(own, from, copy.insertAt());
            from = copy.insertAt();
            boolean atEnd = copy.insertAt() == own.length();
            if (atEnd) {
                text.append(copy.separator());
            }
            starts.put(copy, text.length());
            text.append(copy.text());
            if (!atEnd) {
                text.append(copy.separator());
            }
        }
        text.append(own, from, own.length());
        List<Planted> planted = new ArrayList<>();
        Map<Integer, List<Copy>> sourceCopies = new HashMap<>();
        for (Copy copy : copies) {
            int source = copy.plan().source();
            List<Copy> intoSource = sourceCopies.computeIfAbsent(source, s -> copies(s, background(s)));
            int start = starts.get(copy);
            planted.add(new Planted(source, index, shifted(copy.sourceStart(), intoSource),
                    shifted(copy.sourceStart(), intoSource) + copy.sourceEnd() - copy.sourceStart(), start,
                    start + copy.text().length(), copy.words(), (double) copy.edits() / copy.words()));
        }
        return new Article(text.toString(), planted);
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }
}
