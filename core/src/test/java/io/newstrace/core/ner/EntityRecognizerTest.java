package io.newstrace.core.ner;

import io.newstrace.core.model.EntityMention;
import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled French and English models on news sentences they were not trained on. */
class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(List.of("fr", "en"));
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(List.of("fr", "en"));

    private static List<String> entities(String text, String language) {
        List<Span> sentences = SPLITTER.split(text, new Span(0, text.length()));
        List<EntityMention> found = RECOGNIZER.recognize(text, sentences,
                Collections.nCopies(sentences.size(), language));
        return found.stream().map(m -> m.type() + " " + m.span().of(text)).toList();
    }

    @Test
    void frenchNewsSentence() {
        // Seed 001 (Maroc Diplomatique): names, a city and a country.
        List<String> found = entities("Lors d’une rencontre avec son homologue russe Sergueï Lavrov à Moscou, "
                + "M. Diop a réaffirmé l’engagement des autorités maliennes.", "fr");
        assertThat(found).contains("PER Sergueï Lavrov", "LOC Moscou");
    }

    @Test
    void englishNewsSentence() {
        // AP, en-ap-sondland-hearing fixture (pages/SOURCES.md).
        List<String> found = entities("Former National Security Council official Timothy Morrison testified that "
                + "Sondland met a top aide to Ukraine's President Volodymyr Zelenskiy in Warsaw.", "en");
        assertThat(found).contains("PER Volodymyr Zelenskiy", "LOC Warsaw");
    }

    @Test
    void spansThatRunIntoTheSentenceAreNotNames() {
        assertThat(EntityRecognizer.isName(List.of("Fédération", "de", "Russie"))).isTrue();
        assertThat(EntityRecognizer.isName(List.of("Mali", "continue", "de", "faire", "face"))).isFalse();
        assertThat(EntityRecognizer.isName(List.of("n’"))).isFalse();
    }

    @Test
    void aSavedModelTagsAsTheOriginal() throws IOException {
        EntityTagger original;
        try (InputStream in = EntityRecognizer.class.getResourceAsStream("/io/newstrace/core/ner/fr.model")) {
            original = EntityTagger.load(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.save(bytes);
        EntityTagger copy = EntityTagger.load(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> words = List.of("Le", "président", "Assimi", "Goïta", "a", "reçu", "l'", "ambassadeur", "russe",
                "Igor", "Gromyko", "à", "Bamako", ".");
        assertThat(copy.tag(words)).isEqualTo(original.tag(words));
        assertThat(original.tag(words)).containsSubsequence("B-PER", "I-PER");
    }
}
