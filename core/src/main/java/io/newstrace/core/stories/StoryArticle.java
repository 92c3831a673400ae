package io.newstrace.core.stories;

import java.io.Serializable;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.EntityMention;
import io.newstrace.core.text.Dates;
import io.newstrace.core.text.Folding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What story clustering keeps of one article: its date, title, its most frequent content stems, names included
 * (title stems counted {@value #TITLE_WEIGHT} times), the entities it names (folded key to how many times) and their names as
 * written; small enough to hold for a hundred thousand articles.
 */
public record StoryArticle(String id, LocalDate published, String title, Map<String, Integer> terms,
                           Map<String, Integer> entities, Map<String, String> names) implements Serializable {
    static final int TITLE_WEIGHT = 3;
    private static final int MAX_TERMS = 80;

    public StoryArticle {
        terms = Map.copyOf(terms);
        entities = Map.copyOf(entities);
        names = Map.copyOf(names);
    }

    public static StoryArticle of(Annotated annotated, StoryTerms analysis) {
        Article article = annotated.article();
        Map<String, Integer> counts = analysis.count(article.text(), article.language());
        if (article.title() != null) {
            analysis.count(article.title(), article.language())
                    .forEach((stem, n) -> counts.merge(stem, n * TITLE_WEIGHT, Integer::sum));
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
        Map<String, Integer> entities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Person person : annotated.people()) {
            String key = Folding.lowerMatchForm(person.name());
            entities.merge(key, person.mentions().size(), Integer::sum);
            names.putIfAbsent(key, person.name());
        }
        annotated.entities().stream().sorted(Comparator.comparingInt(m -> m.span().start()))
                .map(EntityMention::span).map(span -> span.of(article.raw()).strip())
                .forEach(name -> {
                    String key = Folding.lowerMatchForm(name);
                    entities.merge(key, 1, Integer::sum);
                    names.putIfAbsent(key, name);
                });
        return new StoryArticle(article.id(), Dates.day(article.published()), article.title(), kept, entities, names);
    }
}
