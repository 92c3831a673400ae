package io.newstrace.core.nlp;

import io.newstrace.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(List.of("fr", "en"));

    private List<String> sentences(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void frenchAbbreviationsAndInitialsDoNotEndSentences() {
        assertThat(sentences("M. Diop a rencontré Mme Zakharova et le Dr. Traoré à Moscou. Le colonel A. Goïta "
                + "n'était pas présent. Les prix ont augmenté de 3,5 % en 2023."))
                .containsExactly("M. Diop a rencontré Mme Zakharova et le Dr. Traoré à Moscou.",
                        "Le colonel A. Goïta n'était pas présent.",
                        "Les prix ont augmenté de 3,5 % en 2023.");
    }

    @Test
    void sentencesGluedWithoutASpaceAreTwoButAnAbbreviationIsNoEnd() {
        // Sputnik France's pages lose the space between paragraphs ("… Pervi Kanal.Selon Maria Zakharova, …").
        assertThat(sentences("Moscou va réagir, a déclaré la porte-parole à la chaîne Pervi Kanal.Selon Maria "
                + "Zakharova, les sanctions sont une \"preuve de faiblesse\".Commentant les sanctions contre "
                + "MM.Poutine et Lavrov, elle a ironisé."))
                .containsExactly("Moscou va réagir, a déclaré la porte-parole à la chaîne Pervi Kanal.",
                        "Selon Maria Zakharova, les sanctions sont une \"preuve de faiblesse\".",
                        "Commentant les sanctions contre MM.Poutine et Lavrov, elle a ironisé.");
    }

    @Test
    void englishAbbreviationsAndInitialsDoNotEndSentences() {
        assertThat(sentences("Mr. Smith flew to Washington D.C. on Monday. He met Gen. Milley at St. John's. "
                + "J. R. R. Tolkien wrote it. U.S. troops left."))
                .containsExactly("Mr. Smith flew to Washington D.C. on Monday.",
                        "He met Gen. Milley at St. John's.", "J. R. R. Tolkien wrote it.", "U.S. troops left.");
    }

    /** Seed 000: a French quotation of three sentences, with spaced guillemets. */
    @Test
    void closingGuillemetsStayWithTheirSentence() {
        String text = "« Je dois vous dire que notre coopération avec la Russie donne déjà des résultats "
                + "impressionnants. Aujourd’hui, grâce à l’aide russe, le Mali peut mener des reconnaissances "
                + "indépendantes. » Il a ajouté : « Nous avançons. »";
        assertThat(sentences(text)).containsExactly(
                "« Je dois vous dire que notre coopération avec la Russie donne déjà des résultats impressionnants.",
                "Aujourd’hui, grâce à l’aide russe, le Mali peut mener des reconnaissances indépendantes. »",
                "Il a ajouté : « Nous avançons. »");
    }

    /**
     * USA Today, "Sanders will back Clinton, eventually, former rival says." (26 April 2016; PolNeAR, train split):
     * a straight quotation mark before a letter opens the next sentence, it does not close the one before.
     */
    @Test
    void straightQuotationMarkBeforeALetterOpensTheNextSentence() {
        String text = "\"This will be a challenge\" for Clinton, said Kunin. \"She can never be as far left as "
                + "Bernie,\" she said, recalling her own experience: \"I'm not sure he damaged me, but he certainly "
                + "took my attention away from where it should have been.\" Because of Clinton's lack of support from "
                + "young voters, \"she does need him,\" Kunin said of Sanders. \"The great achievement is, he has "
                + "gotten them out to vote.\"";
        assertThat(sentences(text)).startsWith("\"This will be a challenge\" for Clinton, said Kunin.",
                "\"She can never be as far left as Bernie,\" she said, recalling her own experience: \"I'm not sure "
                        + "he damaged me, but he certainly took my attention away from where it should have been.\"");
    }

    @Test
    void offsetsPointIntoTheRawTextAroundTheParagraph() {
        String raw = "Titre\n\nPremière phrase. Seconde phrase.\n\nFin";
        List<Span> spans = splitter.split(raw, new Span(7, 39));
        assertThat(spans).extracting(s -> s.of(raw)).containsExactly("Première phrase.", "Seconde phrase.");
        assertThat(spans.get(0).start()).isEqualTo(7);
    }
}
