package io.newstrace.bench;

import io.newstrace.store.SearchIndex;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The searches of the benchmark: words drawn from the vocabulary the corpus was generated from (frequent and rare),
 * phrases cut from generated articles, and the dashboard's filters (outlet, language, state affiliation, days,
 * entity, speaker), alone or with words, and the empty search that only counts facets.
 */
final class SearchCases {
    /** The kinds of search, measured apart. */
    enum Kind {
        FREQUENT_WORD("word, frequent"), RARE_WORD("word, rare"), TWO_WORDS("two words"), PHRASE("phrase"),
        WORD_OUTLET("word + outlet"), WORD_LANGUAGE_STATE("word + lang + state"), WORD_DAYS("word + 60 days"),
        ENTITY("entity filter"), SPEAKER("word? + speaker"), FACETS_ONLY("empty, facets");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One search, as the store takes it and as the API's query string. */
    record Case(Kind kind, String words, String outlet, String language, Boolean stateAffiliated, String entity,
                String speaker, LocalDate from, LocalDate to) {
        /** The first page of 20 hits, as the dashboard asks. */
        SearchIndex.Query query() {
            return new SearchIndex.Query(words, outlet, language, stateAffiliated, entity, speaker, null, from, to, 0,
                    20);
        }

        String path() {
            StringBuilder path = new StringBuilder("/api/search?limit=20");
            parameter(path, "q", words);
            parameter(path, "outlet", outlet);
            parameter(path, "lang", language);
            parameter(path, "state_affiliated", stateAffiliated == null ? null : stateAffiliated.toString());
            parameter(path, "entity", entity);
            parameter(path, "speaker", speaker);
            parameter(path, "from", from == null ? null : from.toString());
            parameter(path, "to", to == null ? null : to.toString());
            return path.toString();
        }

        private static void parameter(StringBuilder path, String name, String value) {
            if (value != null) {
                path.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private final List<String> frequent;
    private final List<String> rare;
    private final List<String> phrases;
    private final List<String> outlets;
    private final List<String> places;
    private final StoreCorpus corpus;

    /**
     * @param vocabulary every word of the training text, once per occurrence
     * @param places     entity ids of places and organisations the articles mention
     */
    SearchCases(List<String> vocabulary, List<String> phrases, List<String> outlets, List<String> places,
                StoreCorpus corpus) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : vocabulary) {
            // Letters only, four or more: what people type, and nothing the query parser reads as syntax.
            if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                counts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
        this.frequent = byCount.subList(0, Math.min(200, byCount.size()));
        this.rare = byCount.stream().filter(w -> counts.get(w) <= 2).sorted().toList();
        this.phrases = phrases;
        this.outlets = outlets;
        this.places = places;
        this.corpus = corpus;
    }

    int frequentWords() {
        return frequent.size();
    }

    int rareWords() {
        return rare.size();
    }

    Case next(Kind kind, SplittableRandom random) {
        String word = pick(frequent, random);
        return switch (kind) {
            case FREQUENT_WORD -> words(kind, word);
            case RARE_WORD -> words(kind, pick(rare, random));
            case TWO_WORDS -> words(kind, word + " " + (random.nextBoolean() ? pick(frequent, random)
                    : pick(rare, random)));
            case PHRASE -> words(kind, "\"" + pick(phrases, random) + "\"");
            case WORD_OUTLET -> new Case(kind, word, pick(outlets, random), null, null, null, null, null, null);
            case WORD_LANGUAGE_STATE -> new Case(kind, word, null, random.nextBoolean() ? "fr" : "en",
                    random.nextBoolean(), null, null, null, null);
            case WORD_DAYS -> {
                LocalDate from = StoreCorpus.FIRST_DAY.plusDays(random.nextInt(StoreCorpus.DAYS - 60));
                yield new Case(kind, word, null, null, null, null, null, from, from.plusDays(59));
            }
            case ENTITY -> new Case(kind, null, null, null, null, random.nextBoolean() ? pick(places, random)
                    : corpus.person(random).id(), null, null, null);
            case SPEAKER -> new Case(kind, random.nextBoolean() ? word : null, null, null, null, null,
                    corpus.person(random).id(), null, null);
            case FACETS_ONLY -> words(kind, null);
        };
    }

    /** Kinds in turn, so that each gets the same share of the searches. */
    Case next(int index, SplittableRandom random) {
        return next(Kind.values()[index % Kind.values().length], random);
    }

    private static Case words(Kind kind, String words) {
        return new Case(kind, words, null, null, null, null, null, null, null);
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
