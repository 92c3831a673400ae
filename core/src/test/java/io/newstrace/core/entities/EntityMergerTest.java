package io.newstrace.core.entities;

import io.newstrace.core.entities.EntityMerger.ArticleEntities;
import io.newstrace.core.entities.EntityMerger.Named;
import io.newstrace.core.model.Entity;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Name variants of one person, and of one place, across articles in French and English. */
class EntityMergerTest {
    private static final PersonFinder FINDER = new PersonFinder(new Lexicons(List.of("fr", "en")));
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(List.of("fr", "en"));

    private static ArticleEntities article(String id, String text) {
        List<Span> sentences = SPLITTER.split(text, new Span(0, text.length()));
        return new ArticleEntities(id, FINDER.find(text, sentences, List.of()), List.of(), List.of());
    }

    private static Entity named(EntityMerger.Result result, String name) {
        return result.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + result.entities()));
    }

    @Test
    void frenchAndEnglishSpellingsAccentsInitialsAndSurnamesMeet() {
        EntityMerger.Result result = EntityMerger.merge(List.of(
                article("a", "Le président russe Vladimir Poutine a reçu le colonel Assimi Goïta. Poutine a déclaré "
                        + "que la coopération continuerait."),
                article("b", "Russian President Vladimir Putin met Foreign Minister Sergey Lavrov. Putin said the "
                        + "talks went well."),
                article("c", "Le ministre russe des Affaires étrangères Sergueï Lavrov a rencontré le président "
                        + "malien Assimi Goita et le colonel A. Goïta a déclaré que Lavrov était un ami."),
                article("d", "Selon le président Poutine, rien ne change.")));

        Entity putin = named(result, "Vladimir Poutine");
        assertThat(putin.aliases()).contains("Vladimir Putin", "Poutine", "Putin");
        assertThat(putin.mentions()).extracting(Entity.Mention::article).contains("a", "b", "d");
        Entity lavrov = result.entities().stream().filter(e -> e.name().endsWith("Lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.aliases()).contains("Lavrov").containsAnyOf("Sergey Lavrov", "Sergueï Lavrov");
        assertThat(lavrov.mentions()).extracting(Entity.Mention::article).contains("b", "c");
        Entity goita = result.entities().stream().filter(e -> e.name().startsWith("Assimi Go")).findFirst()
                .orElseThrow();
        assertThat(goita.aliases()).contains("A. Goïta");
        assertThat(result.entities().stream().filter(e -> e.type() == EntityType.PER)).hasSize(3);
        assertThat(result.idsByArticleAndName().get("d").get("Poutine")).isEqualTo(putin.id());
    }

    @Test
    void placesMergeBySpellingAndIdsAreStable() {
        List<ArticleEntities> articles = List.of(
                new ArticleEntities("a", List.of(), List.of(new Named(EntityType.LOC, new Span(0, 6), "Moscou"),
                        new Named(EntityType.LOC, new Span(10, 16), "Bamako")), List.of()),
                new ArticleEntities("b", List.of(), List.of(new Named(EntityType.LOC, new Span(3, 9), "Moscou")),
                        List.of()));
        EntityMerger.Result first = EntityMerger.merge(articles);
        EntityMerger.Result second = EntityMerger.merge(articles);
        assertThat(first.entities()).isEqualTo(second.entities());
        Entity moscow = named(first, "Moscou");
        assertThat(moscow.id()).startsWith("loc-");
        assertThat(moscow.mentions()).hasSize(2);
    }
}
