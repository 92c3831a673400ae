package io.newstrace.core.annotate;

import java.io.Serializable;

import io.newstrace.core.entities.Person;
import io.newstrace.core.entities.RoleLinker;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.model.EntityMention;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cleaned article with what the annotators found in its body: the language of each paragraph (null where a
 * paragraph is too short to tell; the article's language stands for it), sentences, the named entities the
 * recogniser found, people (names merged within the article), the role phrases that designate them, quotes, the
 * sources it cites, and the registry id of its own outlet (null when the outlet is unknown or not registered).
 */
public record Annotated(Article article, List<String> paragraphLanguages, List<Span> sentences,
                        List<EntityMention> entities, List<Person> people, List<RoleLinker.RoleMention> roles,
                        List<Quote> quotes, List<CitedSource> sources, String outletId) implements Serializable {

    public Annotated {
        paragraphLanguages = Collections.unmodifiableList(new ArrayList<>(paragraphLanguages));
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
    }
}
