package io.newstrace.core.nlp;

import io.newstrace.core.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    private static java.util.List<String> tokens(String text) {
        return Tokenizer.tokens(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void frenchElisionsAreTokensOfTheirOwn() {
        assertThat(tokens("L’armée qu'il dirige aujourd’hui, d’Abdoulaye Diop."))
                .containsExactly("L’", "armée", "qu'", "il", "dirige", "aujourd’hui", ",", "d’", "Abdoulaye",
                        "Diop", ".");
    }

    @Test
    void numbersKeepTheirSeparatorsAndHyphenatedWordsStayWhole() {
        assertThat(tokens("Plus de 100 000 personnes, 3,5 % et 2 ans ; le vice-président a-t-il dit 12 mai"))
                .containsExactly("Plus", "de", "100 000", "personnes", ",", "3,5", "%", "et", "2", "ans", ";", "le",
                        "vice-président", "a-t-il", "dit", "12", "mai");
        assertThat(tokens("O'Brien didn't pay $3.5 billion.")).containsExactly("O'Brien", "didn't", "pay", "$", "3.5",
                "billion", ".");
    }
}
