package io.newstrace.bench;

import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.Span;
import io.newstrace.core.reuse.ReuseText;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reported passages scored against the planted ones, by article pair and by characters:
 * <ul>
 * <li>a planted copy's <b>pair</b> is found when any passage is reported for its two articles; its <b>span</b> is
 * found when the passages reported for them cover at least {@value #FOUND_COVERAGE} of its characters on both
 * sides;</li>
 * <li>a reported passage is <b>correct</b> when at least {@value #CORRECT_OVERLAP} of its characters on both sides
 * lie in copies of one planted passage (source and copy, or two copies of it); a reported pair is correct when
 * one of its passages is.</li>
 * </ul>
 * Incorrect passages whose two sides have {@value #CHANCE_WORDS} of their words in common, in order, are text the
 * generator repeated by chance, which a reader would call reuse too: they are counted apart.
 */
final class ReuseScore {
    static final double FOUND_COVERAGE = 0.9;
    static final double CORRECT_OVERLAP = 0.5;
    static final double CHANCE_WORDS = 0.6;
    /** Incorrect passages that are not chance repeats, printed for a reader to judge. */
    private static final int EXAMPLES = 3;

    /** Planted copies by length and edit rate, the bands the targets speak of. */
    enum Band {
        LONG_LIGHT(">= 40 words, <= 10% edited"),
        LONG_HEAVY(">= 40 words, 10-20% edited"),
        SHORT_LIGHT("20-39 words, <= 10% edited"),
        SHORT_HEAVY("20-39 words, 10-20% edited");

        final String label;

        Band(String label) {
            this.label = label;
        }

        static Band of(ReuseCorpus.Planted planted) {
            boolean light = planted.editRate() <= 0.10;
            return planted.words() >= 40 ? light ? LONG_LIGHT : LONG_HEAVY : light ? SHORT_LIGHT : SHORT_HEAVY;
        }
    }

    /** Where a passage of a source article is: its span in one article, keyed by source and source span. */
    private record Region(int source, int sourceStart, int sourceEnd, int start, int end) {
        boolean sameText(Region other) {
            return source == other.source && sourceStart < other.sourceEnd && other.sourceStart < sourceEnd;
        }
    }

    private final IntFunction<String> raws;
    private final IntFunction<ReuseText> texts;
    private final PrintStream out;

    /** @param raws article i's raw text, regenerated to show and judge incorrect passages */
    ReuseScore(IntFunction<String> raws, IntFunction<ReuseText> texts, PrintStream out) {
        this.raws = raws;
        this.texts = texts;
        this.out = out;
    }

    void print(List<ReuseCorpus.Planted> planted, List<Reuse> found) {
        Map<Long, List<Reuse>> byPair = new HashMap<>();
        for (Reuse reuse : found) {
            byPair.computeIfAbsent(pair(index(reuse.a()), index(reuse.b())), k -> new ArrayList<>()).add(reuse);
        }
        printRecall(planted, byPair);
        printPrecision(regions(planted), found);
    }

    /** On a corpus where nothing was planted every reported passage is accidental: how many, and what they are. */
    void printAccidental(int articles, List<Reuse> found) {
        long pairs = found.stream().map(r -> pair(index(r.a()), index(r.b()))).distinct().count();
        Incorrect incorrect = incorrect(found);
        out.printf(Locale.ROOT, "unplanted corpus, %d articles: %d passages reported in %d pairs; %d of them are "
                + "chance repeats (%.0f%% of words in common, in order), %d are not%n", articles, found.size(), pairs,
                incorrect.chance, CHANCE_WORDS * 100, found.size() - incorrect.chance);
        incorrect.examples.forEach(out::println);
    }

    private void printRecall(List<ReuseCorpus.Planted> planted, Map<Long, List<Reuse>> byPair) {
        out.printf(Locale.ROOT, "%-28s %8s %8s %8s %10s%n", "recall of planted copies", "planted", "pairs", "spans",
                "characters");
        for (Band band : Band.values()) {
            int count = 0;
            int pairs = 0;
            int spans = 0;
            double characters = 0;
            for (ReuseCorpus.Planted p : planted) {
                if (Band.of(p) != band) {
                    continue;
                }
                count++;
                List<Reuse> reported = byPair.getOrDefault(pair(p.source(), p.target()), List.of());
                if (reported.isEmpty()) {
                    continue;
                }
                pairs++;
                List<Span> sourceSide = new ArrayList<>();
                List<Span> targetSide = new ArrayList<>();
                for (Reuse reuse : reported) {
                    boolean sourceIsA = index(reuse.a()) == p.source();
                    sourceSide.add(sourceIsA ? reuse.aSpan() : reuse.bSpan());
                    targetSide.add(sourceIsA ? reuse.bSpan() : reuse.aSpan());
                }
                double covered = Math.min(coveredShare(sourceSide, p.sourceStart(), p.sourceEnd()),
                        coveredShare(targetSide, p.targetStart(), p.targetEnd()));
                characters += covered;
                if (covered >= FOUND_COVERAGE) {
                    spans++;
                }
            }
            out.printf(Locale.ROOT, "  %-26s %8d %8.4f %8.4f %10.4f%n", band.label, count, share(pairs, count),
                    share(spans, count), count == 0 ? 0 : characters / count);
        }
    }

    private void printPrecision(Map<Integer, List<Region>> regions, List<Reuse> found) {
        List<Reuse> wrong = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        Set<Long> correctPairs = new HashSet<>();
        int[] reported = new int[2];
        int[] correct = new int[2];
        for (Reuse reuse : found) {
            int a = index(reuse.a());
            int b = index(reuse.b());
            int length = words(a, reuse.aSpan()) >= 40 && words(b, reuse.bSpan()) >= 40 ? 0 : 1;
            reported[length]++;
            pairs.add(pair(a, b));
            if (correct(regions.getOrDefault(a, List.of()), reuse.aSpan(), regions.getOrDefault(b, List.of()),
                    reuse.bSpan())) {
                correct[length]++;
                correctPairs.add(pair(a, b));
            } else {
                wrong.add(reuse);
            }
        }
        Incorrect incorrect = incorrect(wrong);
        out.printf(Locale.ROOT, "precision: pairs %.4f (%d of %d), passages %.4f (%d of %d): >= 40 words %.4f "
                        + "(%d of %d), shorter %.4f (%d of %d)%n",
                share(correctPairs.size(), pairs.size()), correctPairs.size(), pairs.size(),
                share(correct[0] + correct[1], found.size()), correct[0] + correct[1], found.size(),
                share(correct[0], reported[0]), correct[0], reported[0], share(correct[1], reported[1]), correct[1],
                reported[1]);
        out.printf(Locale.ROOT, "of the %d incorrect passages, %d are chance repeats of the generator; passage "
                + "precision counting them as reuse %.4f%n", wrong.size(), incorrect.chance,
                share(correct[0] + correct[1] + incorrect.chance, found.size()));
        incorrect.examples.forEach(out::println);
    }

    private record Incorrect(int chance, List<String> examples) {
    }

    /** Incorrect passages sorted into chance repeats and the others, with examples of the others. */
    private Incorrect incorrect(List<Reuse> wrong) {
        int chance = 0;
        List<String> examples = new ArrayList<>();
        for (Reuse reuse : wrong) {
            String a = reuse.aSpan().of(raws.apply(index(reuse.a())));
            String b = reuse.bSpan().of(raws.apply(index(reuse.b())));
            String[] aWords = a.split("\\s+");
            String[] bWords = b.split("\\s+");
            if (commonWords(aWords, bWords) >= CHANCE_WORDS * Math.min(aWords.length, bWords.length)) {
                chance++;
            } else if (examples.size() < EXAMPLES) {
                examples.add(String.format(Locale.ROOT, "  not planted: %s %s %.3f%n    A: %s%n    B: %s", reuse.a(),
                        reuse.b(), reuse.score(), a.replace('\n', ' '), b.replace('\n', ' ')));
            }
        }
        return new Incorrect(chance, examples);
    }

    /** Every article's regions: the passages planted into it, and in each source the passages taken from it. */
    private static Map<Integer, List<Region>> regions(List<ReuseCorpus.Planted> planted) {
        Map<Integer, List<Region>> regions = new HashMap<>();
        for (ReuseCorpus.Planted p : planted) {
            regions.computeIfAbsent(p.target(), k -> new ArrayList<>()).add(new Region(p.source(), p.sourceStart(),
                    p.sourceEnd(), p.targetStart(), p.targetEnd()));
            regions.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(new Region(p.source(), p.sourceStart(),
                    p.sourceEnd(), p.sourceStart(), p.sourceEnd()));
        }
        return regions;
    }

    private static boolean correct(List<Region> inA, Span a, List<Region> inB, Span b) {
        for (Region x : inA) {
            if (overlap(a, x.start(), x.end()) < CORRECT_OVERLAP * a.length()) {
                continue;
            }
            for (Region y : inB) {
                if (x.sameText(y) && overlap(b, y.start(), y.end()) >= CORRECT_OVERLAP * b.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of the article's text (as reuse detection reads them) inside the span. */
    private int words(int article, Span span) {
        int[] starts = texts.apply(article).starts();
        return firstAtOrAfter(starts, span.end()) - firstAtOrAfter(starts, span.start());
    }

    /** The first index of {@code starts} (increasing word offsets) at or after {@code offset}. */
    private static int firstAtOrAfter(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 1;
    }

    /** The share of characters [start, end) that the spans cover, overlapping spans counted once. */
    private static double coveredShare(List<Span> spans, int start, int end) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        int covered = 0;
        int reached = start;
        for (Span span : sorted) {
            int from = Math.max(reached, span.start());
            int to = Math.min(end, span.end());
            if (to > from) {
                covered += to - from;
                reached = to;
            }
        }
        return (double) covered / (end - start);
    }

    /** The length of the longest common subsequence of two word sequences. */
    static int commonWords(String[] x, String[] y) {
        int[] previous = new int[y.length + 1];
        for (String word : x) {
            int[] current = new int[y.length + 1];
            for (int j = 1; j <= y.length; j++) {
                current[j] = word.equals(y[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return previous[y.length];
    }

    private static int overlap(Span span, int start, int end) {
        return Math.max(0, Math.min(span.end(), end) - Math.max(span.start(), start));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    static long pair(int a, int b) {
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }
}
