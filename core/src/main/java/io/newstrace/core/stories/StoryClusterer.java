package io.newstrace.core.stories;

import java.io.Serializable;

import io.newstrace.core.model.Story;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups articles about the same event into stories, incrementally: articles are taken in date order (undated
 * ones last) and each joins the story it matches best, if the match reaches the threshold, or opens a new one.
 * A match is the cosine of the article's TF-IDF stems to the story's centroid, mixed with the cosine of the
 * entities they name, plus {@code linkBonus} when the article shares a passage or a statement with one of the
 * story's articles (two renderings of one interview use different words but report one event); only stories seen
 * within {@code windowDays} of the article are candidates. Stems carry
 * most of the weight so that two articles sharing only their countries and people (the broad topic) but not
 * what happened stay apart. Candidates are found through an index of each story's stems, so the cost grows with
 * the matches, not with the number of stories.
 *
 * <p>Two guards against the first-come errors of a single pass. A story whose members matched it closely asks as
 * much of a newcomer: the match must reach {@value #COHESION} of the members' mean match on joining (a story of
 * one alike event otherwise takes in the first report of its twin, and then its followers). And once all articles
 * are placed, up to {@value #REFINING_PASSES} passes take each article out of its story and put it where it now
 * fits best, among the same candidates and by the same threshold: an article that came before its own event's
 * story existed moves there. Before those passes, a bisecting check splits a story whose members form two cohesive
 * groups: the centroid of two alike events merged fits the articles of both, so no pass would take them apart.
 *
 * @param threshold    lowest match for an article to join a story
 * @param entityWeight share of the entity cosine in the match (the rest is the stem cosine)
 * @param windowDays   largest gap in days between an article and the last article of a story it may join
 * @param linkBonus    added to the match of a story holding an article this one shares text with
 */
public record StoryClusterer(double threshold, double entityWeight, int windowDays, double linkBonus) implements Serializable {
    public static final StoryClusterer DEFAULT = new StoryClusterer(0.2, 0.15, 3, 0.3);
    /** Share of a story's mean joining match that a newcomer must reach. */
    static final double COHESION = 0.5;
    /** Most passes that move articles to the story they fit best once all are placed; fewer when none moves. */
    static final int REFINING_PASSES = 3;
    /** Stems of an article used to look up candidate stories: its most weighty ones. */
    private static final int LOOKUP_TERMS = 12;
    /** Fewest articles in each half of a story that the bisecting check splits. */
    static final int MIN_HALF = 5;
    /** Highest ratio of the cosine across two halves to the cosine within them for the story to split. */
    static final double SPLIT_RATIO = 0.65;
    private static final int PRINCIPAL_ITERATIONS = 30;
    private static final int MAX_HOLDERS_TRIED = 500;
    private static final Comparator<StoryArticle> DATE_ORDER = Comparator.comparing(StoryArticle::published,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoryArticle::id);

    /**
     * @param links for each article id, the ids of the articles it shares a passage or a statement with (may be
     *              empty)
     */
    public List<Story> cluster(List<StoryArticle> articles, Map<String, Set<String>> links) {
        Map<String, Integer> termDocs = new HashMap<>();
        Map<String, Integer> entityDocs = new HashMap<>();
        for (StoryArticle article : articles) {
            article.terms().keySet().forEach(t -> termDocs.merge(t, 1, Integer::sum));
            article.entities().keySet().forEach(e -> entityDocs.merge(e, 1, Integer::sum));
        }
        int n = articles.size();
        Map<String, Integer> ids = new HashMap<>();
        List<Member> ordered = articles.stream().sorted(DATE_ORDER)
                .map(article -> Member.of(article, tfidf(article.terms(), termDocs, n),
                        idf(article.entities().keySet(), entityDocs, n), ids))
                .toList();
        Placement placement = new Placement();
        for (Member member : ordered) {
            Match match = bestMatch(member, placement, links, true);
            if (match == null) {
                placement.put(member, placement.open());
            } else {
                match.group().joined(match.score());
                placement.put(member, match.group());
            }
        }
        bisect(placement);
        refine(ordered, placement, links);
        return placement.groups.stream().filter(group -> !group.members.isEmpty())
                .map(group -> group.story(entityDocs, n))
                .sorted(Comparator.comparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Story::id))
                .toList();
    }

    /**
     * The refining passes: each article, taken out of its story, goes where it now fits best, until none moves.
     */
    private void refine(List<Member> ordered, Placement placement, Map<String, Set<String>> links) {
        for (int pass = 0; pass < REFINING_PASSES; pass++) {
            boolean moved = false;
            for (Member member : ordered) {
                Group own = placement.take(member);
                Match match = bestMatch(member, placement, links, false);
                Group target = match != null ? match.group() : own.members.isEmpty() ? own : placement.open();
                placement.put(member, target);
                moved |= target != own;
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Splits each story whose members form two cohesive groups into two stories. */
    private static void bisect(Placement placement) {
        for (Group group : List.copyOf(placement.groups)) {
            List<Member> half = splitOff(group.members);
            if (!half.isEmpty()) {
                Group other = placement.open();
                half.forEach(member -> {
                    placement.take(member);
                    placement.put(member, other);
                });
            }
        }
    }

    /**
     * The story this member matches best, at or above the threshold (and, while stories are first formed, their
     * cohesion), or null.
     */
    private Match bestMatch(Member member, Placement placement, Map<String, Set<String>> links, boolean forming) {
        Set<Group> linked = new HashSet<>();
        links.getOrDefault(member.id(), Set.of()).forEach(other -> {
            Group group = placement.groupOf.get(other);
            if (group != null) {
                linked.add(group);
            }
        });
        Group best = null;
        double bestScore = threshold;
        for (Group group : placement.candidates(member, linked)) {
            if (group.members.isEmpty() || !withinWindow(group, member.article().published())) {
                continue;
            }
            double score = (1 - entityWeight) * group.terms.cosine(member.termVector())
                    + entityWeight * group.entities.cosine(member.entityVector()) + (linked.contains(group) ? linkBonus : 0);
            if (forming && score < COHESION * group.meanJoiningMatch()) {
                continue;
            }
            if (score > bestScore || score == bestScore && (best == null || group.order < best.order)) {
                best = group;
                bestScore = score;
            }
        }
        return best == null ? null : new Match(best, bestScore);
    }

    /**
     * The bisecting check: the members of one of two cohesive groups within a story, to be split off, or none. The
     * story is halved along the principal direction of its members' stems (Boley's PDDP); it splits when both
     * halves hold at least {@value #MIN_HALF} articles and the mean cosine between them is below
     * {@value #SPLIT_RATIO} of the mean cosine within them. A story of one event is a single cloud, whose halves
     * are about as alike across as within; two alike events merged (two title fights of one boxer) are two clouds.
     */
    private static List<Member> splitOff(List<Member> members) {
        int m = members.size();
        if (m < 2 * MIN_HALF) {
            return List.of();
        }
        TermSum sum = new TermSum();
        members.forEach(member -> sum.add(member.terms(), 1));
        Map<String, Double> mean = new HashMap<>();
        sum.sum.forEach((term, value) -> mean.put(term, value / m));
        // Power iteration on the centred members, from their similarity to the least central one.
        Member outlier = members.stream().min(Comparator.comparingDouble(member -> sum.cosine(member.terms())))
                .orElseThrow();
        double[] x = new double[m];
        double meanOutlier = dot(mean, outlier.terms());
        for (int i = 0; i < m; i++) {
            x[i] = dot(members.get(i).terms(), outlier.terms()) - meanOutlier;
        }
        for (int iteration = 0; iteration < PRINCIPAL_ITERATIONS; iteration++) {
            TermSum direction = new TermSum();
            double weights = 0;
            for (int i = 0; i < m; i++) {
                direction.add(members.get(i).terms(), x[i]);
                weights += x[i];
            }
            direction.add(mean, -weights);
            double meanProjection = dot(mean, direction.sum);
            double norm = 0;
            for (int i = 0; i < m; i++) {
                x[i] = dot(members.get(i).terms(), direction.sum) - meanProjection;
                norm += x[i] * x[i];
            }
            if (norm <= 1e-24) {
                return List.of();
            }
            for (int i = 0; i < m; i++) {
                x[i] /= Math.sqrt(norm);
            }
        }
        List<Member> first = new ArrayList<>();
        List<Member> second = new ArrayList<>();
        TermSum firstSum = new TermSum();
        TermSum secondSum = new TermSum();
        for (int i = 0; i < m; i++) {
            (x[i] > 0 ? first : second).add(members.get(i));
            (x[i] > 0 ? firstSum : secondSum).add(members.get(i).terms(), 1);
        }
        if (Math.min(first.size(), second.size()) < MIN_HALF) {
            return List.of();
        }
        double within = (meanPairCosine(firstSum, first.size()) + meanPairCosine(secondSum, second.size())) / 2;
        double across = dot(firstSum.sum, secondSum.sum) / ((double) first.size() * second.size());
        return across < SPLIT_RATIO * within ? second : List.of();
    }

    /** Mean cosine between two distinct members, from the sum of their unit vectors. */
    private static double meanPairCosine(TermSum sum, int size) {
        return (sum.squaredNorm - size) / ((double) size * (size - 1));
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot;
    }

    private record Match(Group group, double score) {
    }

    /**
     * An article with its unit vectors of stems and entities, as maps (for the bisecting check) and as the same
     * entries in the same order under integer ids (for the matches against story centroids, the clustering's
     * inner loop).
     */
    private record Member(StoryArticle article, Map<String, Double> terms, Map<String, Double> entities,
                          SparseVector termVector, SparseVector entityVector) {
        static Member of(StoryArticle article, Map<String, Double> terms, Map<String, Double> entities,
                         Map<String, Integer> ids) {
            return new Member(article, terms, entities, SparseVector.of(terms, ids), SparseVector.of(entities, ids));
        }

        String id() {
            return article.id();
        }
    }

    /** A vector's entries under integer ids, in the map's iteration order, so that sums come out the same. */
    private record SparseVector(int[] ids, double[] values) {
        static SparseVector of(Map<String, Double> vector, Map<String, Integer> ids) {
            int[] keys = new int[vector.size()];
            double[] values = new double[vector.size()];
            int i = 0;
            for (Map.Entry<String, Double> e : vector.entrySet()) {
                keys[i] = ids.computeIfAbsent(e.getKey(), k -> ids.size());
                values[i] = e.getValue();
                i++;
            }
            return new SparseVector(keys, values);
        }
    }

    /** The stories formed so far, which story holds each article, and the index of stems to stories. */
    private static final class Placement {
        final List<Group> groups = new ArrayList<>();
        final Map<String, Group> groupOf = new HashMap<>();
        final Map<String, List<Group>> byTerm = new HashMap<>();

        Group open() {
            Group group = new Group(groups.size());
            groups.add(group);
            return group;
        }

        void put(Member member, Group group) {
            group.add(member);
            groupOf.put(member.id(), group);
            for (String term : member.terms().keySet()) {
                List<Group> holders = byTerm.computeIfAbsent(term, k -> new ArrayList<>());
                if (holders.isEmpty() || holders.get(holders.size() - 1) != group) {
                    holders.add(group);
                }
            }
        }

        /** Takes the member out of its story (which the index may keep listing: candidates are only tried). */
        Group take(Member member) {
            Group group = groupOf.remove(member.id());
            group.remove(member);
            return group;
        }

        /** Linked stories, then those holding the member's weightiest stems, the most recently indexed first. */
        List<Group> candidates(Member member, Set<Group> linked) {
            List<Group> candidates = new ArrayList<>(linked);
            Set<Group> seen = new HashSet<>(linked);
            for (String term : topTerms(member.terms())) {
                List<Group> holders = byTerm.getOrDefault(term, List.of());
                // A stem shared by very many stories is not what tells this one, so only the latest are tried.
                for (int h = holders.size() - 1; h >= Math.max(0, holders.size() - MAX_HOLDERS_TRIED); h--) {
                    if (seen.add(holders.get(h))) {
                        candidates.add(holders.get(h));
                    }
                }
            }
            return candidates;
        }
    }

    private boolean withinWindow(Group group, LocalDate published) {
        return published == null || group.last == null
                || Math.abs(ChronoUnit.DAYS.between(group.last, published)) <= windowDays;
    }

    private static List<String> topTerms(Map<String, Double> terms) {
        return terms.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(LOOKUP_TERMS).map(Map.Entry::getKey).toList();
    }

    /** Unit vector of (1 + log tf) · idf. */
    private static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Integer> docs, int n) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, tf) -> vector.put(term, (1 + Math.log(tf)) * idf(docs.get(term), n)));
        return normalised(vector);
    }

    private static Map<String, Double> idf(Set<String> keys, Map<String, Integer> docs, int n) {
        Map<String, Double> vector = new HashMap<>();
        keys.forEach(key -> vector.put(key, idf(docs.get(key), n)));
        return normalised(vector);
    }

    /**
     * ln((n + 1) / df), with no added constant: a word in nearly every article weighs nearly nothing, so that in a
     * small corpus on one subject (the five Mali-Russia reports) the words they all share do not join them.
     */
    private static double idf(int docs, int n) {
        return Math.log((n + 1.0) / docs);
    }

    private static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((k, v) -> v / norm);
        }
        return vector;
    }

    /** A sum of unit vectors keyed by term, with its norm kept up to date: the bisecting check's sums. */
    private static final class TermSum {
        final Map<String, Double> sum = new HashMap<>();
        double squaredNorm;

        void add(Map<String, Double> vector, double sign) {
            vector.forEach((key, value) -> {
                double old = sum.getOrDefault(key, 0.0);
                double now = old + sign * value;
                sum.put(key, now);
                squaredNorm += now * now - old * old;
            });
        }

        double cosine(Map<String, Double> unit) {
            if (squaredNorm <= 1e-12 || unit.isEmpty()) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : unit.entrySet()) {
                dot += e.getValue() * sum.getOrDefault(e.getKey(), 0.0);
            }
            return dot / Math.sqrt(squaredNorm);
        }
    }

    /**
     * A story's sum of unit vectors, with its norm kept up to date: the same arithmetic in the same order as
     * {@link TermSum}, keyed by integer ids in a primitive map, because every article is matched against the
     * centroids of many stories in each pass (boxed string keys made this the stage's largest cost).
     */
    private static final class Centroid {
        private final Int2DoubleOpenHashMap sum = new Int2DoubleOpenHashMap();
        double squaredNorm;

        void add(SparseVector vector, double sign) {
            for (int i = 0; i < vector.ids().length; i++) {
                double old = sum.get(vector.ids()[i]);
                double now = old + sign * vector.values()[i];
                sum.put(vector.ids()[i], now);
                squaredNorm += now * now - old * old;
            }
        }

        double cosine(SparseVector unit) {
            if (squaredNorm <= 1e-12 || unit.ids().length == 0) {
                return 0;
            }
            double dot = 0;
            for (int i = 0; i < unit.ids().length; i++) {
                dot += unit.values()[i] * sum.get(unit.ids()[i]);
            }
            return dot / Math.sqrt(squaredNorm);
        }
    }

    private static final class Group {
        final int order;
        final Centroid terms = new Centroid();
        final Centroid entities = new Centroid();
        final List<Member> members = new ArrayList<>();
        int joins;
        double joiningMatches;
        LocalDate first;
        LocalDate last;

        Group(int order) {
            this.order = order;
        }

        void add(Member member) {
            members.add(member);
            terms.add(member.termVector(), 1);
            entities.add(member.entityVector(), 1);
            LocalDate published = member.article().published();
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }

        void remove(Member member) {
            members.remove(member);
            terms.add(member.termVector(), -1);
            entities.add(member.entityVector(), -1);
            List<LocalDate> dates = members.stream().map(m -> m.article().published()).filter(Objects::nonNull)
                    .toList();
            first = dates.stream().min(Comparator.naturalOrder()).orElse(null);
            last = dates.stream().max(Comparator.naturalOrder()).orElse(null);
        }

        void joined(double match) {
            joins++;
            joiningMatches += match;
        }

        /** How well its members matched it on joining, on average (0 for a story of one). */
        double meanJoiningMatch() {
            return joins == 0 ? 0 : joiningMatches / joins;
        }

        /** The story: named after its most frequent entities and the title of its most central article. */
        Story story(Map<String, Integer> entityDocs, int corpusSize) {
            // Main entities: named by many of the story's articles, often, and by few articles elsewhere (in a
            // corpus about Mali and Russia, "Mali" names no story).
            List<Member> dated = members.stream().sorted(Comparator.comparing(Member::article, DATE_ORDER)).toList();
            Map<String, int[]> counts = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (Member member : dated) {
                StoryArticle article = member.article();
                article.entities().forEach((key, mentions) -> {
                    int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                    count[0]++;
                    count[1] += mentions;
                    names.putIfAbsent(key, article.names().get(key));
                });
            }
            LinkedHashSet<String> main = new LinkedHashSet<>();
            Map<String, Double> weight = new HashMap<>();
            counts.forEach((key, count) -> weight.put(key, count[0] * (double) count[1]
                    * Math.log((corpusSize + 1.0) / entityDocs.get(key))));
            counts.keySet().stream().filter(key -> weight.get(key) > 0)
                    .sorted(Comparator.comparing((String key) -> -weight.get(key)).thenComparing(key -> key))
                    .limit(3).forEach(key -> main.add(names.get(key)));
            StoryArticle central = dated.get(0).article();
            double best = -1;
            for (Member member : dated) {
                double fit = terms.cosine(member.termVector());
                if (fit > best + 1e-12) {
                    best = fit;
                    central = member.article();
                }
            }
            String phrase = central.title() != null ? shorten(central.title()) : String.join(" ",
                    central.terms().keySet().stream().limit(5).toList());
            String label = main.isEmpty() ? phrase : String.join(", ", main) + " — " + phrase;
            return new Story("story-" + dated.get(0).id(), label, dated.stream().map(Member::id).toList(),
                    first == null ? null : first.toString(), last == null ? null : last.toString());
        }

        private static String shorten(String title) {
            String flat = title.replaceAll("\\s+", " ").strip();
            return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
        }
    }
}
