package io.newstrace.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A corpus with planted text reuse, for the reuse benchmark. Every article's own text is produced by a word-level
 * Markov chain (order 2) trained on real news text (the samples and the labelled pages), with random restarts and
 * substitutions so that no two articles share a passage by chance while all share the vocabulary and stock phrases
 * of the same news topics (near-topic distractors). Then passages are planted: a quarter of the articles receive one
 * to three passages (20 to 200 words, 0 to 20% of their words changed, dropped or inserted) copied from an earlier
 * article's own text, appended as paragraphs, and about one article in twenty relays a "wire story" passage that
 * hundreds of others carry too. Article {@code i} depends only on the seed and {@code i}; the truth records where
 * each passage is in both raw texts.
 */
final class ReuseCorpus {
    /** A planted copy: words [sourceStart, sourceEnd) of the source's raw text are at [targetStart, targetEnd). */
    record Planted(int source, int target, int sourceStart, int sourceEnd, int targetStart, int targetEnd, int words,
                   double editRate) {
    }

    record Article(String text, List<Planted> planted) {
    }

    private static final double RESTART = 0.2;
    private static final double SUBSTITUTE = 0.08;
    private static final int WIRE_PERIOD = 2000;
    private static final double WIRE_SHARE = 0.05;
    private static final double REUSE_SHARE = 0.25;

    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final long seed;

    private ReuseCorpus(long seed) {
        this.seed = seed;
    }

    static ReuseCorpus train(List<Path> directories, long seed) {
        ReuseCorpus corpus = new ReuseCorpus(seed);
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                        corpus.learn(paragraph.strip().split("\\s+"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the training text in " + directory, e);
            }
        }
        if (corpus.starts.isEmpty()) {
            throw new IllegalStateException("no training text found in " + directories);
        }
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
            int length = 40 + random.nextInt(81);
            String[] pair = starts.get(random.nextInt(starts.size())).split(" ");
            text.append(pair[0]).append(' ').append(pair[1]);
            for (int w = 2; w < length; w++) {
                List<String> options = next.get(pair[0] + " " + pair[1]);
                String word;
                if (options == null || random.nextDouble() < RESTART) {
                    String[] restart = starts.get(random.nextInt(starts.size())).split(" ");
                    word = restart[0];
                    pair = new String[] {pair[1], word};
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
        return text.toString();
    }

    /** The article with its planted passages appended, and where they are. */
    Article article(int index) {
        SplittableRandom random = new SplittableRandom(~(seed * 7_368_787L + index));
        StringBuilder text = new StringBuilder(background(index));
        List<Planted> planted = new ArrayList<>();
        int wireSource = index / WIRE_PERIOD * WIRE_PERIOD;
        if (index > wireSource && random.nextDouble() < WIRE_SHARE) {
            // The wire story of this block: the same passage of its first article, relayed with light edits.
            SplittableRandom wire = new SplittableRandom(seed ^ wireSource);
            plant(text, planted, wireSource, index, 60 + wire.nextInt(100), wire.nextInt(1000), random.nextDouble() * 0.1,
                    random);
        }
        if (index > 0 && random.nextDouble() < REUSE_SHARE) {
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                int source = index - 1 - random.nextInt(Math.min(index, 1000));
                int words = random.nextDouble() < 0.7 ? 40 + random.nextInt(161) : 20 + random.nextInt(20);
                plant(text, planted, source, index, words, random.nextInt(1000), random.nextDouble() * 0.2, random);
            }
        }
        return new Article(text.toString(), planted);
    }

    private void plant(StringBuilder text, List<Planted> planted, int source, int target, int words, int offsetSeed,
                       double editRate, SplittableRandom random) {
        String sourceText = background(source);
        List<int[]> spans = wordSpans(sourceText);
        int length = Math.min(words, spans.size());
        int first = spans.size() == length ? 0 : offsetSeed % (spans.size() - length);
        // Exactly floor(rate × length) inner words are edited, so the rate is controlled, not just expected.
        java.util.Set<Integer> edited = new java.util.HashSet<>();
        int edits = Math.min(Math.max(0, length - 2), (int) (editRate * length));
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
        text.append("\n\n");
        int start = text.length();
        text.append(copy);
        planted.add(new Planted(source, target, spans.get(first)[0], spans.get(first + length - 1)[1], start,
                text.length(), length, (double) edits / length));
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
