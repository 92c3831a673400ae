package io.newstrace.core.stories;

import java.io.Serializable;

import io.newstrace.core.model.Story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * @param threshold    lowest match for an article to join a story
 * @param entityWeight share of the entity cosine in the match (the rest is the stem cosine)
 * @param windowDays   largest gap in days between an article and the last article of a story it may join
 * @param linkBonus    added to the match of a story holding an article this one shares text with
 */
public record StoryClusterer(double threshold, double entityWeight, int windowDays, double linkBonus) implements Serializable {
    public static final StoryClusterer DEFAULT = new StoryClusterer(0.25, 0.15, 3, 0.3);
    /** Stems of an article used to look up candidate stories: its most weighty ones. */
    private static final int LOOKUP_TERMS = 12;
    private static final int MAX_HOLDERS_TRIED = 500;

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
        List<StoryArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryArticle::id));
        List<Group> groups = new ArrayList<>();
        Map<String, List<Group>> byTerm = new HashMap<>();
        Map<String, Group> groupOf = new HashMap<>();
        for (StoryArticle article : ordered) {
            Map<String, Double> terms = tfidf(article.terms(), termDocs, n);
            Map<String, Double> entities = idf(article.entities().keySet(), entityDocs, n);
            Set<Group> linked = new HashSet<>();
            links.getOrDefault(article.id(), Set.of()).forEach(other -> {
                Group group = groupOf.get(other);
                if (group != null) {
                    linked.add(group);
                }
            });
            List<Group> candidates = new ArrayList<>(linked);
            Set<Group> seen = new HashSet<>(linked);
            for (String term : topTerms(terms)) {
                List<Group> holders = byTerm.getOrDefault(term, List.of());
                // The most recently opened stories first; a stem shared by very many stories is not what tells
                // this one, so only the latest of them are tried.
                for (int h = holders.size() - 1; h >= Math.max(0, holders.size() - MAX_HOLDERS_TRIED); h--) {
                    if (seen.add(holders.get(h))) {
                        candidates.add(holders.get(h));
                    }
                }
            }
            Group best = null;
            double bestScore = threshold;
            for (Group group : candidates) {
                if (!withinWindow(group, article.published())) {
                    continue;
                }
                double score = (1 - entityWeight) * group.terms.cosine(terms)
                        + entityWeight * group.entities.cosine(entities) + (linked.contains(group) ? linkBonus : 0);
                if (score > bestScore || score == bestScore && (best == null || group.order < best.order)) {
                    best = group;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Group(groups.size());
                groups.add(best);
            }
            best.add(article, terms, entities);
            groupOf.put(article.id(), best);
            for (String term : terms.keySet()) {
                List<Group> holders = byTerm.computeIfAbsent(term, k -> new ArrayList<>());
                if (holders.isEmpty() || holders.get(holders.size() - 1) != best) {
                    holders.add(best);
                }
            }
        }
        return groups.stream().map(group -> group.story(entityDocs, n))
                .sorted(Comparator.comparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Story::id))
                .toList();
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

    private static double idf(int docs, int n) {
        return Math.log((n + 1.0) / docs) + 1;
    }

    private static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            vector.replaceAll((k, v) -> v / norm);
        }
        return vector;
    }

    /** A sum of unit vectors, with its norm kept up to date. */
    private static final class Centroid {
        final Map<String, Double> sum = new HashMap<>();
        double squaredNorm;

        void add(Map<String, Double> vector) {
            vector.forEach((key, value) -> {
                double old = sum.getOrDefault(key, 0.0);
                sum.put(key, old + value);
                squaredNorm += (old + value) * (old + value) - old * old;
            });
        }

        double cosine(Map<String, Double> unit) {
            if (squaredNorm <= 0 || unit.isEmpty()) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : unit.entrySet()) {
                dot += e.getValue() * sum.getOrDefault(e.getKey(), 0.0);
            }
            return dot / Math.sqrt(squaredNorm);
        }
    }

    private static final class Group {
        final int order;
        final Centroid terms = new Centroid();
        final Centroid entities = new Centroid();
        final List<StoryArticle> members = new ArrayList<>();
        final List<Map<String, Double>> memberTerms = new ArrayList<>();
        LocalDate first;
        LocalDate last;

        Group(int order) {
            this.order = order;
        }

        void add(StoryArticle article, Map<String, Double> termVector, Map<String, Double> entityVector) {
            members.add(article);
            memberTerms.add(termVector);
            terms.add(termVector);
            entities.add(entityVector);
            if (article.published() != null) {
                first = first == null || article.published().isBefore(first) ? article.published() : first;
                last = last == null || article.published().isAfter(last) ? article.published() : last;
            }
        }

        /** The story: named after its most frequent entities and the title of its most central article. */
        Story story(Map<String, Integer> entityDocs, int corpusSize) {
            // Main entities: named by many of the story's articles, often, and by few articles elsewhere (in a
            // corpus about Mali and Russia, "Mali" names no story).
            Map<String, int[]> counts = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (StoryArticle member : members) {
                member.entities().forEach((key, mentions) -> {
                    int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                    count[0]++;
                    count[1] += mentions;
                    names.putIfAbsent(key, member.names().get(key));
                });
            }
            LinkedHashSet<String> main = new LinkedHashSet<>();
            Map<String, Double> weight = new HashMap<>();
            counts.forEach((key, count) -> weight.put(key, count[0] * (double) count[1]
                    * Math.log((corpusSize + 1.0) / entityDocs.get(key))));
            counts.keySet().stream().filter(key -> weight.get(key) > 0)
                    .sorted(Comparator.comparing((String key) -> -weight.get(key)).thenComparing(key -> key))
                    .limit(3).forEach(key -> main.add(names.get(key)));
            StoryArticle central = members.get(0);
            double best = -1;
            for (int i = 0; i < members.size(); i++) {
                double fit = terms.cosine(memberTerms.get(i));
                if (fit > best + 1e-12) {
                    best = fit;
                    central = members.get(i);
                }
            }
            String phrase = central.title() != null ? shorten(central.title()) : String.join(" ",
                    central.terms().keySet().stream().limit(5).toList());
            String label = main.isEmpty() ? phrase : String.join(", ", main) + " — " + phrase;
            return new Story("story-" + members.get(0).id(), label, members.stream().map(StoryArticle::id).toList(),
                    first == null ? null : first.toString(), last == null ? null : last.toString());
        }

        private static String shorten(String title) {
            String flat = title.replaceAll("\\s+", " ").strip();
            return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
        }
    }
}
