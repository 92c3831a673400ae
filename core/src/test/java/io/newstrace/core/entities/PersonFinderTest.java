package io.newstrace.core.entities;

import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people a real paragraph names, and the capitalised words that name no one. */
class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(new Lexicons(List.of("fr", "en")));
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(List.of("fr", "en"));

    private static List<String> people(String text) {
        return FINDER.find(text, SPLITTER.split(text, new Span(0, text.length())), List.of()).stream()
                .map(Person::name).toList();
    }

    @Test
    void aFunctionWordOpeningTheSentenceIsNoPartOfAName() {
        // The Kit (Toronto Star), Kathryn Hudson's grooming column (2019-02-08; Gender Gap Tracker article
        // 5c5d15151e67d78e275d5d0f): "Should I" is a question, not a person who "wondered loudly". (That
        // "Will" stays a given name is CanadianNewsSpeakersTest's "Will Young".)
        assertThat(people("""
                My husband has grown a beard over the past couple of years and I hate it. I have complained about it to him, but he hasn’t changed anything. Aren’t hipster beards over by now? Should I tell him to shave it off? — Ashley, Mississauga I was at a barbecue a few summers ago when a friend wondered loudly, “Hey, do you ever kiss your husband anymore?”
                """)).noneMatch(name -> name.startsWith("Should"));
    }
}
