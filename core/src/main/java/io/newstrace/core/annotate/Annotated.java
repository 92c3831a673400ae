package io.newstrace.core.annotate;

import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;

import java.util.List;

/** A cleaned article with what the annotators found in its body: sentences, people, quotes. */
public record Annotated(Article article, List<Span> sentences, List<Person> people, List<Quote> quotes) {

    public Annotated {
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        quotes = List.copyOf(quotes);
    }
}
