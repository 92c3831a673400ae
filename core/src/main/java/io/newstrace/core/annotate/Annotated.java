package io.newstrace.core.annotate;

import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cleaned article with what the annotators found in its body: the language of each paragraph (null where a
 * paragraph is too short to tell; the article's language stands for it), sentences, people, quotes.
 */
public record Annotated(Article article, List<String> paragraphLanguages, List<Span> sentences, List<Person> people,
                        List<Quote> quotes) {

    public Annotated {
        paragraphLanguages = Collections.unmodifiableList(new ArrayList<>(paragraphLanguages));
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        quotes = List.copyOf(quotes);
    }
}
