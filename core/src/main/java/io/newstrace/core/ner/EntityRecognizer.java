package io.newstrace.core.ner;

import io.newstrace.core.model.EntityMention;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named entities in article sentences, with the bundled tagger of each sentence's language (French and English;
 * sentences in other languages get none). Models load once, on first use. Thread-safe.
 */
public final class EntityRecognizer {
    private static final String MODELS = "/io/newstrace/core/ner/";

    /** Words that may stand inside a name between capitalised words: "Fédération de Russie", "Bank of England". */
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’",
            "et", "of", "the", "and", "for", "von", "van", "al", "el", "bin", "-", "&");

    private final Map<String, EntityTagger> taggers = new HashMap<>();

    public EntityRecognizer(List<String> languages) {
        for (String language : languages) {
            try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODELS + language + ".model")) {
                if (in != null) {
                    taggers.put(language, EntityTagger.load(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + language + " entity model", e);
            }
        }
    }

    /**
     * Whether tagged words look like a name: capitalised at both ends, only capitalised words and connectors in
     * between. The models, trained on short Wikipedia fragments, sometimes run an entity on into the sentence
     * ("Mali continue de faire face"); such spans are dropped rather than exported.
     */
    public static boolean isName(List<String> words) {
        if (!capitalised(words.get(0)) || !capitalised(words.get(words.size() - 1))) {
            return false;
        }
        for (String word : words) {
            if (!capitalised(word) && !CONNECTORS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /** The entities of each sentence, tagged by the model of {@code languageOf} that sentence. */
    public List<EntityMention> recognize(String raw, List<Span> sentences, List<String> languageOf) {
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            EntityTagger tagger = languageOf.get(s) == null ? null : taggers.get(languageOf.get(s));
            if (tagger == null) {
                continue;
            }
            List<Span> tokens = Tokenizer.tokens(raw, sentences.get(s));
            List<String> words = new ArrayList<>(tokens.size());
            for (Span token : tokens) {
                words.add(token.of(raw));
            }
            for (TaggedCorpus.TagSpan entity : TaggedCorpus.spans(tagger.tag(words))) {
                if (isName(words.subList(entity.from(), entity.to()))) {
                    mentions.add(new EntityMention(new Span(tokens.get(entity.from()).start(),
                            tokens.get(entity.to() - 1).end()), EntityType.valueOf(entity.type())));
                }
            }
        }
        return mentions;
    }
}
