package io.newstrace.core.reuse;

import io.newstrace.core.model.QuoteKind;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.ReuseKind;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Dates;
import io.newstrace.core.text.Folding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus stage that finds quotes reporting the same statement in different articles: copied verbatim,
 * trimmed (a fragment of the full quote, with or without "…" where words were cut), or reworded, as two
 * translations of one interview answer are. Each pair becomes a {@link ReuseKind#QUOTE} record with the spans of
 * both quotes, a score in [0, 1] and the method that found it.
 *
 * <p>Text evidence: the folded words of one quote contained in the other's ({@code quote-verbatim},
 * {@code quote-contained}), else the content stems the shorter quote shares with the longer, weighted by their
 * rarity among all quotes, averaged with how many of them come in the same order ({@code quote-reworded}). Context
 * decides how much text evidence is needed: the same speaker entity is expected, different known speakers only
 * meet through a long exact copy, a shared cited source and close publication dates lower the bar, distant
 * dates raise it. Numbers and names of the shorter quote must be in the longer one for a rewording.
 *
 * <p>Quotes are not compared pairwise: each quote looks up, in an index of stems, only the quotes that share one of
 * its rarest stems, chosen so that no pair reaching {@link #MIN_OVERLAP} is missed (prefix filtering).
 */
public final class QuoteMatcher {

    /**
     * A quote as the corpus stage knows it: its id and article, its span in the article's raw text and its words,
     * its kind, the speaker's name and corpus entity id (either may be null), the article's language, published date
     * (ISO, may be null) and the registry ids of the sources the article cites.
     */
    public record Statement(String quoteId, String articleId, Span span, String text, QuoteKind kind,
                            String speakerName, String speakerEntity, String language, String published,
                            Set<String> citedSources) {
        public Statement {
            Objects.requireNonNull(quoteId);
            Objects.requireNonNull(articleId);
            Objects.requireNonNull(span);
            Objects.requireNonNull(text);
            citedSources = citedSources == null ? Set.of() : Set.copyOf(citedSources);
        }
    }

    /** A quote exactly inside another, or the same, with this many content words stands on its own. */
    static final int MIN_STANDALONE_TERMS = 6;
    /** A shorter exact fragment ("lecture lucide") matches only between quotes of the same speaker. */
    static final int MIN_FRAGMENT_TERMS = 2;
    /** Below this many content words, only exact fragments count: few words reworded say too little. */
    static final int MIN_REWORDED_TERMS = 4;
    /** The least weighted share of the shorter quote's stems found in the longer for any match. */
    static final double MIN_OVERLAP = 0.5;
    /** Text similarity a rewording needs when both quotes have the same speaker. */
    static final double REWORDED_THRESHOLD = 0.6;
    /** A speaker unknown on either side leaves the text alone to decide: it must say more. */
    static final double UNKNOWN_SPEAKER_MARGIN = 0.15;
    /** Two articles citing the same source (the interview's outlet) are likely to relay the same words. */
    static final double SHARED_SOURCE_ALLOWANCE = 0.05;
    static final double CLOSE_DATES_ALLOWANCE = 0.05;
    static final double DISTANT_DATES_MARGIN = 0.1;
    static final int CLOSE_DAYS = 3;
    static final int DISTANT_DAYS = 30;

    private enum SpeakerRelation { SAME, UNKNOWN, DIFFERENT }

    private enum TextMatch { VERBATIM, CONTAINED, NONE }

    private QuoteMatcher() {
    }

    /** The pairs of quotes, in different articles, that report the same statement, sorted by article pair. */
    public static List<Reuse> match(List<Statement> statements) {
        List<QuoteTerms> terms = statements.stream().map(s -> QuoteTerms.of(s.text(), s.language())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, List<Integer>> postingsBySpeaker = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String stem : terms.get(i).distinctStems()) {
                postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
                postingsBySpeaker.computeIfAbsent(speakerKey(statements.get(i).speakerEntity(), stem),
                        k -> new ArrayList<>()).add(i);
            }
        }
        double quoteCount = statements.size();
        Map<String, Double> weights = new HashMap<>();
        postings.forEach((stem, quotes) -> weights.put(stem, Math.log(1 + quoteCount / quotes.size())));

        List<Reuse> matches = new ArrayList<>();
        for (int probe = 0; probe < terms.size(); probe++) {
            List<String> rarest = rarestStems(terms.get(probe), weights);
            String entity = statements.get(probe).speakerEntity();
            // Another known speaker needs an exact copy, which has all the probe's stems: the rarest one suffices.
            // Quotes of the same entity, or of none, need the whole prefix.
            List<List<Integer>> candidates = new ArrayList<>();
            if (entity == null) {
                rarest.forEach(stem -> candidates.add(postings.get(stem)));
            } else if (!rarest.isEmpty()) {
                candidates.add(postings.get(rarest.get(0)));
                for (String stem : rarest) {
                    candidates.add(postingsBySpeaker.getOrDefault(speakerKey(entity, stem), List.of()));
                    candidates.add(postingsBySpeaker.getOrDefault(speakerKey(null, stem), List.of()));
                }
            }
            Set<Integer> seen = new HashSet<>();
            for (List<Integer> quotes : candidates) {
                for (int other : quotes) {
                    if (isShorter(terms, probe, other) && seen.add(other)
                            && comparable(statements.get(probe), statements.get(other))) {
                        Reuse reuse = score(statements.get(probe), terms.get(probe), statements.get(other),
                                terms.get(other), weights);
                        if (reuse != null) {
                            matches.add(reuse);
                        }
                    }
                }
            }
        }
        matches.sort(Comparator.comparing(Reuse::a).thenComparing(Reuse::b)
                .thenComparingInt(r -> r.aSpan().start()).thenComparingInt(r -> r.bSpan().start()));
        return List.copyOf(matches);
    }

    private static String speakerKey(String entity, String stem) {
        return (entity == null ? "" : entity) + '\u0000' + stem;
    }

    /**
     * The rarest distinct stems of a quote, as many as it takes for the others to weigh less than
     * {@link #MIN_OVERLAP} of the whole: a quote sharing none of them cannot reach the minimum overlap.
     */
    private static List<String> rarestStems(QuoteTerms quote, Map<String, Double> weights) {
        List<String> stems = new ArrayList<>(quote.distinctStems());
        stems.sort(Comparator.comparing((String s) -> -weights.get(s)).thenComparing(s -> s));
        double rest = stems.stream().mapToDouble(weights::get).sum();
        double floor = MIN_OVERLAP * rest;
        List<String> prefix = new ArrayList<>();
        for (String stem : stems) {
            if (rest < floor) {
                break;
            }
            prefix.add(stem);
            rest -= weights.get(stem);
        }
        return prefix;
    }

    /** Each pair is scored once, from its shorter quote (fewer content words, then earlier in the input). */
    private static boolean isShorter(List<QuoteTerms> terms, int probe, int other) {
        int difference = Integer.compare(terms.get(probe).contentCount(), terms.get(other).contentCount());
        return difference < 0 || difference == 0 && probe < other;
    }

    private static boolean comparable(Statement a, Statement b) {
        return !a.articleId().equals(b.articleId()) && Objects.equals(a.language(), b.language());
    }

    private static Reuse score(Statement shorter, QuoteTerms shortTerms, Statement longer, QuoteTerms longTerms,
                               Map<String, Double> weights) {
        // Cheapest first: a quote contained in the other has all its stems there too.
        double overlap = weightedContainment(shortTerms, longTerms, weights);
        if (overlap < MIN_OVERLAP) {
            return null;
        }
        SpeakerRelation speakers = relation(shorter, longer);
        int contentWords = shortTerms.contentCount();
        TextMatch text = textMatch(shortTerms, longTerms);
        if (text != TextMatch.NONE) {
            boolean accepted = contentWords >= MIN_STANDALONE_TERMS
                    || speakers == SpeakerRelation.SAME && contentWords >= MIN_FRAGMENT_TERMS
                    || speakers == SpeakerRelation.UNKNOWN && contentWords >= MIN_REWORDED_TERMS;
            if (!accepted) {
                return null;
            }
            double score = Math.min(1, 0.5 + 0.5 * contentWords / MIN_STANDALONE_TERMS);
            return reuse(shorter, longer, score, text == TextMatch.VERBATIM ? "quote-verbatim" : "quote-contained");
        }
        if (speakers == SpeakerRelation.DIFFERENT || contentWords < MIN_REWORDED_TERMS
                || !anchorsAgree(shortTerms, longTerms)) {
            return null;
        }
        double order = (double) commonSubsequence(shortTerms.stems(), longTerms.stems()) / contentWords;
        double similarity = (overlap + order) / 2;
        return similarity >= threshold(shorter, longer, speakers)
                ? reuse(shorter, longer, similarity, "quote-reworded") : null;
    }

    private static Reuse reuse(Statement one, Statement other, double score, String method) {
        return Reuse.between(one.articleId(), one.span(), other.articleId(), other.span(), ReuseKind.QUOTE,
                Math.round(score * 1000) / 1000.0, method);
    }

    /** Same entity id, else same name (or one name ending with the other: a surname alone). */
    private static SpeakerRelation relation(Statement a, Statement b) {
        if (a.speakerEntity() != null && b.speakerEntity() != null) {
            return a.speakerEntity().equals(b.speakerEntity()) ? SpeakerRelation.SAME : SpeakerRelation.DIFFERENT;
        }
        if (a.speakerName() == null || b.speakerName() == null) {
            return SpeakerRelation.UNKNOWN;
        }
        String one = Folding.lowerMatchForm(a.speakerName());
        String other = Folding.lowerMatchForm(b.speakerName());
        return one.equals(other) || one.endsWith(" " + other) || other.endsWith(" " + one)
                ? SpeakerRelation.SAME : SpeakerRelation.DIFFERENT;
    }

    private static TextMatch textMatch(QuoteTerms shorter, QuoteTerms longer) {
        if (shorter.words().equals(longer.words())) {
            return TextMatch.VERBATIM;
        }
        return containsRuns(longer.words(), shorter.wordRuns()) || containsRuns(shorter.words(), longer.wordRuns())
                ? TextMatch.CONTAINED : TextMatch.NONE;
    }

    /** Whether each run of words occurs in {@code words}, in order, without overlapping. */
    private static boolean containsRuns(List<String> words, List<List<String>> runs) {
        int from = 0;
        for (List<String> run : runs) {
            int at = indexOf(words, run, from);
            if (at < 0) {
                return false;
            }
            from = at + run.size();
        }
        return !runs.isEmpty();
    }

    private static int indexOf(List<String> words, List<String> run, int from) {
        for (int i = from; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every number of the shorter quote is in the longer, and every name is there too, possibly inflected or
     * as its adjective (same first four letters: Russie / russe, Mali / malien).
     */
    private static boolean anchorsAgree(QuoteTerms shorter, QuoteTerms longer) {
        Set<String> words = longer.wordSet();
        if (!words.containsAll(shorter.numbers())) {
            return false;
        }
        for (String name : shorter.names()) {
            String key = name.substring(0, Math.min(4, name.length()));
            if (words.stream().noneMatch(w -> name.length() >= 4 ? w.startsWith(key) : w.equals(name))) {
                return false;
            }
        }
        return true;
    }

    /** The weight of the shorter quote's distinct stems that the longer has, over the weight of them all. */
    private static double weightedContainment(QuoteTerms shorter, QuoteTerms longer, Map<String, Double> weights) {
        Set<String> longStems = longer.distinctStems();
        double shared = 0;
        double total = 0;
        for (String stem : shorter.distinctStems()) {
            double weight = weights.get(stem);
            total += weight;
            if (longStems.contains(stem)) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    /** Length of the longest common subsequence: stems that keep their order through a rewording. */
    private static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String stem : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = stem.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** The similarity a rewording needs, given what the quotes' speakers, sources and dates say. */
    private static double threshold(Statement a, Statement b, SpeakerRelation speakers) {
        double bar = REWORDED_THRESHOLD;
        if (speakers == SpeakerRelation.UNKNOWN) {
            bar += UNKNOWN_SPEAKER_MARGIN;
        }
        if (a.citedSources().stream().anyMatch(b.citedSources()::contains)) {
            bar -= SHARED_SOURCE_ALLOWANCE;
        }
        Long days = daysBetween(a.published(), b.published());
        if (days != null && days <= CLOSE_DAYS) {
            bar -= CLOSE_DATES_ALLOWANCE;
        } else if (days != null && days > DISTANT_DAYS) {
            bar += DISTANT_DATES_MARGIN;
        }
        return bar;
    }

    private static Long daysBetween(String one, String other) {
        LocalDate first = Dates.day(one);
        LocalDate second = Dates.day(other);
        return first == null || second == null ? null : Math.abs(ChronoUnit.DAYS.between(first, second));
    }
}
