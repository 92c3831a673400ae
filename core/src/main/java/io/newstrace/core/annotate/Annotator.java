package io.newstrace.core.annotate;

import io.newstrace.core.entities.Person;
import io.newstrace.core.entities.PersonFinder;
import io.newstrace.core.entities.RoleLinker;
import io.newstrace.core.model.EntityMention;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.ner.EntityRecognizer;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.LanguageIdentifier;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import io.newstrace.core.quotes.QuoteExtractor;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.SourceFinder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The per-article annotators, in the order each needs the last: language, sentences, named entities, people,
 * quotes, sources.
 * Holds the models, word lists and outlet registry, loaded once; {@link #annotate} is a pure function of the
 * article. Thread-safe.
 */
public final class Annotator {
    /** An acronym of two to six capitals after a definite article: group 1 the acronym. */
    private static final Pattern DEFINITE_ACRONYM = Pattern.compile(
            "(?:\\b(?:[Ll]es?|[Ll]a|[Tt]he)\\s+|\\b[Ll]['’])(\\p{Lu}{2,6})(?![\\p{L}\\d])");
    /**
     * A capitalised name after a definite article and an organisation's kind, with up to two words in lower case
     * between ("l'agence de notation Moody's", "la société américaine Boeing"): group 1 the kind, group 2 the words
     * between, group 3 the name.
     */
    private static final Pattern NAME_AFTER_KIND = Pattern.compile("(?:\\b(?:[Ll][ea]|[Tt]he)[ \\u00a0]+|\\b[Ll]['’])"
            + "(\\p{Ll}+)((?:[ \\u00a0]+\\p{Ll}[\\p{Ll}'’-]*){0,2})[ \\u00a0]+"
            + "(\\p{Lu}[\\p{L}'’&-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}'’&-]*){0,3})");
    private final Lexicons lexicons;
    private final LanguageIdentifier languages;
    private final SentenceSplitter sentences;
    private final EntityRecognizer entities;
    private final PersonFinder people;
    private final RoleLinker roles;
    private final OutletRegistry registry;
    private final QuoteExtractor quotes;
    /**
     * An extractor per lexicon language, for the articles in that language: a form of one language's speech verb may
     * be another language's word ("résume" of résumer is "resume"; "précise" is "precise").
     */
    private final Map<String, QuoteExtractor> quotesByLanguage = new TreeMap<>();
    private final SourceFinder sources;

    public Annotator(List<String> languageCodes, List<String> lexiconLanguages, OutletRegistry registry) {
        this.lexicons = new Lexicons(lexiconLanguages);
        this.languages = new LanguageIdentifier(languageCodes);
        this.sentences = new SentenceSplitter(lexiconLanguages);
        this.entities = new EntityRecognizer(lexiconLanguages);
        this.people = new PersonFinder(lexicons);
        this.roles = new RoleLinker(lexicons);
        this.quotes = new QuoteExtractor(lexicons);
        for (String language : lexiconLanguages) {
            quotesByLanguage.put(language, new QuoteExtractor(new Lexicons(List.of(language))));
        }
        this.sources = new SourceFinder(registry);
        this.registry = registry;
    }

    public Annotated annotate(Article cleaned) {
        String raw = cleaned.raw();
        String overall = languages.identify(cleaned.text());
        List<String> paragraphLanguages = languages.identifyEach(raw, cleaned.paragraphs(), overall);
        Article article = cleaned.withLanguage(mainLanguage(cleaned, paragraphLanguages, overall));
        List<Span> sentenceSpans = new ArrayList<>();
        List<String> sentenceLanguages = new ArrayList<>();
        for (int p = 0; p < article.paragraphs().size(); p++) {
            List<Span> split = sentences.split(raw, article.paragraphs().get(p));
            sentenceSpans.addAll(split);
            String language = paragraphLanguages.get(p) != null ? paragraphLanguages.get(p) : article.language();
            split.forEach(sentence -> sentenceLanguages.add(language));
        }
        List<EntityMention> recognized = entities.recognize(raw, sentenceSpans, sentenceLanguages);
        List<Span> personNames = recognized.stream().filter(m -> m.type() == EntityType.PER)
                .map(EntityMention::span).toList();
        List<Person> named = people.find(raw, sentenceSpans, personNames);
        recognized = withoutMisreadings(recognized, named, raw);
        // The recogniser gives its mentions sentence by sentence: in text order, as the quote stage needs them.
        Set<Span> outlets = registry.mentions(raw).stream().map(m -> new Span(m.start(), m.end()))
                .collect(Collectors.toSet());
        List<Span> organisations = withOutlets(outlets, withNamesAfterKind(raw, named, withAcronyms(raw,
                recognized.stream().filter(m -> m.type() == EntityType.ORG).map(EntityMention::span).toList())));
        // The headline is metadata, not body, but its quotation is a quote ("Moreau : « Daerden n’est pas un
        // clown »"): the quote stage reads it as a paragraph before the body.
        List<Span> quoteParagraphs = new ArrayList<>(article.paragraphs());
        List<Span> quoteSentences = new ArrayList<>(sentenceSpans);
        Span headline = headline(article);
        if (headline != null) {
            quoteParagraphs.add(0, headline);
            quoteSentences.addAll(0, sentences.split(raw, headline));
        }
        List<Quote> found = quoteExtractor(article.language())
                .extract(raw, quoteParagraphs, quoteSentences, named, organisations, outlets);
        return new Annotated(article, paragraphLanguages, sentenceSpans, recognized, named,
                roles.find(raw, sentenceSpans, named), found,
                sources.find(article, sentenceSpans), sources.outletId(article));
    }

    private static boolean letterOrDigitAt(String text, int at) {
        return at >= 0 && at < text.length() && Character.isLetterOrDigit(text.charAt(at));
    }

    /**
     * The headline's span when it holds a quotation mark and comes before the body, else null: the one part of the
     * metadata the quote stage reads.
     */
    public static Span headline(Article article) {
        int body = article.paragraphs().isEmpty() ? article.raw().length() : article.paragraphs().get(0).start();
        return article.metadata().stream().filter(m -> m.field() == MetadataSpan.Field.TITLE)
                .map(MetadataSpan::span).filter(span -> span.end() <= body
                        && span.of(article.raw()).chars().anyMatch(c -> "«“\"".indexOf(c) >= 0))
                .findFirst().orElse(null);
    }

    /**
     * The recogniser's organisations and the acronyms after a definite article it missed ("l’EPA américaine", "la
     * CGT", "the FBI"): an organisation "the agency" or "l'agence" may stand for. In text order.
     */
    private List<Span> withAcronyms(String raw, List<Span> organisations) {
        List<Span> all = new ArrayList<>(organisations);
        Matcher acronym = DEFINITE_ACRONYM.matcher(raw);
        while (acronym.find()) {
            Span span = new Span(acronym.start(1), acronym.end(1));
            if (organisations.stream().noneMatch(span::overlaps) && !lexicons.isThingAcronym(acronym.group(1))) {
                all.add(span);
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        return all;
    }

    /**
     * The organisations and the names the text gives an organisation's kind before ("l'agence de notation
     * Moody's"), which the recogniser missed, unless a person's: "l'agence" later stands for that name. In text order.
     */
    private List<Span> withNamesAfterKind(String raw, List<Person> named, List<Span> organisations) {
        List<Span> all = new ArrayList<>(organisations);
        List<Span> personMentions = named.stream().flatMap(p -> p.mentions().stream()).toList();
        Matcher kind = NAME_AFTER_KIND.matcher(raw);
        while (kind.find()) {
            Span span = new Span(kind.start(3), kind.end(3));
            List<String> between = Arrays.stream(kind.group(2).strip().split("[ \\u00a0]+"))
                    .filter(w -> !w.isEmpty()).toList();
            if (lexicons.isOrganisationNoun(kind.group(1)) && lexicons.describesKind(between)
                    && !lexicons.isFunctionWord(kind.group(3)) && all.stream().noneMatch(span::overlaps)
                    && personMentions.stream().noneMatch(span::overlaps)) {
                // Once introduced, the name stands alone: "Selon Moody's", "souligne Moody's".
                String name = kind.group(3);
                for (int at = raw.indexOf(name); at >= 0; at = raw.indexOf(name, at + 1)) {
                    Span again = new Span(at, at + name.length());
                    if (!letterOrDigitAt(raw, at - 1) && !letterOrDigitAt(raw, again.end())
                            && all.stream().noneMatch(again::overlaps)
                            && personMentions.stream().noneMatch(again::overlaps)) {
                        all.add(again);
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        return all;
    }

    /**
     * The organisations and the outlets of the registry named in the text, which the recogniser often misses or
     * cuts ("L'Avenir", "Soir" for "Le Soir"): an outlet's span replaces the spans it overlaps. In text order.
     */
    private static List<Span> withOutlets(Set<Span> outlets, List<Span> organisations) {
        List<Span> all = new ArrayList<>(outlets);
        for (Span organisation : organisations) {
            if (outlets.stream().noneMatch(organisation::overlaps)) {
                all.add(organisation);
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        return all;
    }

    /**
     * The quote extractor for articles in that language: its word lists alone, or all of them if it has none or the
     * language is unknown (null).
     */
    public QuoteExtractor quoteExtractor(String language) {
        return language == null ? quotes : quotesByLanguage.getOrDefault(language, quotes);
    }

    /**
     * The recogniser's organisations, places and other entities, less those that are a person's name (the person
     * finder knows better), a nationality ("Français" is not a place) or an acronym of a thing ("PIB").
     */
    private List<EntityMention> withoutMisreadings(List<EntityMention> recognized, List<Person> named, String raw) {
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention mention : recognized) {
            boolean person = mention.type() == EntityType.PER || named.stream().flatMap(p -> p.mentions().stream())
                    .anyMatch(mention.span()::overlaps);
            String text = mention.span().of(raw);
            if (!person && lexicons.nationality(text) == null && !lexicons.isThingAcronym(text)) {
                kept.add(mention);
            }
        }
        return kept;
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
