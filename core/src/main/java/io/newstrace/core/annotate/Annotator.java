package io.newstrace.core.annotate;

import io.newstrace.core.entities.Person;
import io.newstrace.core.entities.PersonFinder;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.LanguageIdentifier;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import io.newstrace.core.quotes.QuoteExtractor;
import io.newstrace.core.registry.OutletRegistry;
import io.newstrace.core.sources.SourceFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-article annotators, in the order each needs the last: language, sentences, people, quotes, sources.
 * Holds the models, word lists and outlet registry, loaded once; {@link #annotate} is a pure function of the
 * article. Thread-safe.
 */
public final class Annotator {
    private final LanguageIdentifier languages;
    private final SentenceSplitter sentences;
    private final PersonFinder people;
    private final QuoteExtractor quotes;
    private final SourceFinder sources;

    public Annotator(List<String> languageCodes, List<String> lexiconLanguages, OutletRegistry registry) {
        Lexicons lexicons = new Lexicons(lexiconLanguages);
        this.languages = new LanguageIdentifier(languageCodes);
        this.sentences = new SentenceSplitter(lexiconLanguages);
        this.people = new PersonFinder(lexicons);
        this.quotes = new QuoteExtractor(lexicons);
        this.sources = new SourceFinder(registry);
    }

    public Annotated annotate(Article cleaned) {
        String raw = cleaned.raw();
        String overall = languages.identify(cleaned.text());
        List<String> paragraphLanguages = languages.identifyEach(raw, cleaned.paragraphs(), overall);
        Article article = cleaned.withLanguage(mainLanguage(cleaned, paragraphLanguages, overall));
        List<Span> sentenceSpans = new ArrayList<>();
        for (Span paragraph : article.paragraphs()) {
            sentenceSpans.addAll(sentences.split(raw, paragraph));
        }
        List<Person> named = people.find(raw, sentenceSpans);
        List<Quote> found = quotes.extract(raw, article.paragraphs(), sentenceSpans, named);
        return new Annotated(article, paragraphLanguages, sentenceSpans, named, found,
                sources.find(article, sentenceSpans), sources.outletId(article));
    }

    /** The language of most of the text, from its paragraphs; the overall guess when none was long enough. */
    private static String mainLanguage(Article article, List<String> paragraphLanguages, String overall) {
        Map<String, Integer> chars = new TreeMap<>();
        for (int i = 0; i < paragraphLanguages.size(); i++) {
            if (paragraphLanguages.get(i) != null) {
                chars.merge(paragraphLanguages.get(i), article.paragraphs().get(i).length(), Integer::sum);
            }
        }
        return chars.isEmpty() ? overall
                : chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
