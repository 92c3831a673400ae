package io.newstrace.core.nlp;

import io.newstrace.core.text.LanguageResources;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconsTest {

    @Test
    void aFormOfAFrenchSpeechVerbIsNoEnglishSpeechVerb() {
        // "résume" (résumer) and "précise" (préciser) fold to English words, "resume" and "precise": the quote stage
        // reads an English article with the English lexicon alone.
        Lexicons english = new Lexicons(List.of("en"));
        Lexicons french = new Lexicons(List.of("fr"));
        assertThat(french.isSpeechVerb("résume")).isTrue();
        assertThat(french.isSpeechVerb("précise")).isTrue();
        assertThat(english.isSpeechVerb("resume")).isFalse();
        assertThat(english.isSpeechVerb("precise")).isFalse();
        assertThat(english.isSpeechVerb("said")).isTrue();
    }

    @Test
    void everyFrenchVerbOfSpeechHasItsForms() {
        // Only a verb in -er has its forms made: "renchérir" alone was never found in "», a renchéri la directrice
        // générale du FMI, Christine Lagarde".
        for (String row : LanguageResources.lines("fr", "speech-verbs.txt")) {
            String[] cells = row.replaceFirst("^(weak|report|incise):", "").strip().split("\\s+");
            assertThat(cells.length > 1 || cells[0].endsWith("er")).as(row).isTrue();
        }
        assertThat(new Lexicons(List.of("fr")).isSpeechVerb("renchéri")).isTrue();
    }

    @Test
    void honorificsGiveTheirGenderInBothLanguages() {
        Lexicons lexicons = new Lexicons(List.of("fr", "en"));
        assertThat(lexicons.isFeminineHonorific("Mme")).isTrue();
        assertThat(lexicons.isFeminineHonorific("Mrs")).isTrue();
        assertThat(lexicons.isMasculineHonorific("M")).isTrue();
        assertThat(lexicons.isMasculineHonorific("Mr")).isTrue();
        assertThat(lexicons.isHonorific("Dr")).isTrue();
        assertThat(lexicons.isHonorific("Sen")).isFalse();
    }

    @Test
    void anElidedArticleIsNoPartOfTheNounAndAParticipleIsASpeechVerbForm() {
        // L'Opinion, on glyphosate (2019-05-15): "…, écrit l’agence."; Radio Prague International (2020-10-23): "…,
        // soulignant que la rencontre …", "…, estimant que …".
        Lexicons french = new Lexicons(List.of("fr"));
        assertThat(french.isOrganisationNoun("l’agence")).isTrue();
        assertThat(french.isSpeakerNoun("l'agence")).isTrue();
        assertThat(french.isSpeechVerb("soulignant")).isTrue();
        assertThat(french.isSpeechVerb("estimant")).isTrue();
        assertThat(french.isSpeechVerb("jugeant")).isTrue();
        assertThat(french.isSpeechVerb("disant")).isTrue();
    }
}
