package io.newstrace.core.quotes;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Quote;
import io.newstrace.core.text.Folding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who said what in the five sample articles, as a reader finds it: every quotation and reported statement of the
 * Malian foreign minister is his, also where the text says "le chef de la diplomatie malienne", "le ministre" or
 * "il", where the speech verb stands in the next paragraph and where the closing guillemet is missing.
 */
class SampleQuotesTest {
    private static final String DIOP = "Abdoulaye Diop";
    private static List<Annotated> samples;

    @BeforeAll
    static void annotate() {
        samples = Samples.annotate(Samples.sampleFiles());
    }

    private static Annotated sample(String prefix) {
        return Samples.named(samples, prefix);
    }

    private static Quote quote(Annotated article, String start) {
        String wanted = Folding.matchForm(start);
        Optional<Quote> found = article.quotes().stream()
                .filter(q -> Folding.matchForm(q.span().of(article.article().raw())).startsWith(wanted)).findFirst();
        assertThat(found).as("a quote starting with %s", start).isPresent();
        return found.get();
    }

    private static void assertQuote(Annotated article, String start, String kind, String speaker) {
        Quote quote = quote(article, start);
        assertThat(quote.kind().code()).as("kind of %s", start).isEqualTo(kind);
        if (speaker == null) {
            assertThat(quote.speaker()).as("speaker of %s", start).isNull();
        } else {
            assertThat(quote.speaker()).as("speaker of %s", start).isNotNull();
            assertThat(quote.speaker().name()).as("speaker of %s", start).isEqualTo(speaker);
        }
        assertThat(quote.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void rtArticleQuotesTheMinisterByRoleAcrossParagraphsAndAnUnclosedGuillemet() {
        Annotated rt = sample("000");
        assertQuote(rt, "Je dois vous dire que notre coopération", "direct", DIOP); // "a déclaré :" the sentence before
        assertQuote(rt, "Pendant un moment, nous sommes restés au sol", "direct", DIOP); // « never closed
        assertQuote(rt, "grâce à la coopération en matière de sécurité", "indirect", DIOP);
        assertQuote(rt, "L’importation d’armes de Russie", "indirect", DIOP); // "a souligné le ministre"
        assertQuote(rt, "Moscou continuerait d’aider le Mali", "indirect", "Sergueï Lavrov");
        assertQuote(rt, "L’aide russe a également contribué", "indirect", DIOP); // "a déclaré Diop"
        assertQuote(rt, "Au cours de l’opération de trois à quatre mois", "direct", DIOP);
        String ministry = "ministère malien de l’Administration territoriale et de la Décentralisation";
        assertQuote(rt, "un groupe de responsables militaires", "indirect", ministry); // "Selon le ministère …, …"
        assertQuote(rt, "État occidental", "partial", ministry); // inside the ministry's reported words
        // The headline: "Le ministre malien des Affaires étrangères salue les « résultats impressionnants » …".
        assertQuote(rt, "résultats impressionnants", "partial", DIOP);
        assertThat(rt.quotes()).hasSize(10);
        assertThat(quote(rt, "Pendant un moment").span().of(rt.article().raw())).endsWith("est touché.");
    }

    @Test
    void speechVerbInTheNextParagraphAndPartialQuotesInReportedSpeech() {
        Annotated article = sample("001");
        assertQuote(article, "avancées considérables", "partial", DIOP);
        assertQuote(article, "l’engagement des plus hautes autorités maliennes", "partial", DIOP); // "M. Diop a réaffirmé"
        assertQuote(article, "Nous avons réalisé des progrès significatifs", "direct", DIOP); // "a-t-il déclaré" next ¶
        assertQuote(article, "lecture lucide", "partial", DIOP);
        assertQuote(article, "la coopération militaire et militaro-technique", "indirect", "Sergueï Lavrov");
        // "…, soulignant que …": a participle's reported speech, its subject the main clause's.
        assertQuote(article, "les capacités défensives du Mali se renforçaient", "indirect", "Sergueï Lavrov");
        assertQuote(article, "la Russie allait fournir des dizaines de tonnes", "indirect", "Vladimir Poutine");
        // "M. Diop a appelé à poursuivre …": what he called for, an infinitive; not "une assistance que M. Lavrov a
        // promis de poursuivre", an infinitive alone.
        assertQuote(article, "poursuivre et renforcer la coopération militaire", "indirect", DIOP);
        assertThat(article.quotes()).hasSize(8);
    }

    @Test
    void aPluralPronounNamesNoOneAndARolePhraseNamesThePresident() {
        Annotated article = sample("002");
        assertQuote(article, "l’appui de la Fédération de Russie", "partial", null); // "ils évoqué"
        assertQuote(article, "partenariat respectueux de la souveraineté", "partial", "Assimi Goita");
        assertQuote(article, "avoir eu un entretien téléphonique", "indirect", "Assimi Goita"); // "a déclaré avoir eu"
        assertThat(article.quotes()).hasSize(3);
    }

    @Test
    void sputnikDerivedArticleNamesTheMinisterOnlyByRoleAndPronoun() {
        Annotated article = sample("003");
        assertQuote(article, "L’URSS a été l’un des principaux partenaires", "direct", DIOP);
        assertQuote(article, "Nous donnons un nouvel engagement", "direct", DIOP); // le chef de la diplomatie malienne
        assertQuote(article, "C’est un dialogue en cours", "direct", DIOP); // a-t-il ajouté
        assertQuote(article, "assurer que les Maliens aient la capacité", "partial", DIOP); // Il a également fait savoir
        assertQuote(article, "pour ce but, la Russie est un partenaire", "partial", DIOP); // Pour lui
        assertQuote(article, "l’importance que le gouvernement russe", "partial", DIOP); // "Il n'a pas manqué de"
        assertQuote(article, "la coopération militaire entre les deux pays", "indirect", DIOP); // "Selon le patron de …"
        assertThat(article.quotes()).hasSize(7);
    }

    @Test
    void interviewQuoteAndAStatementByFunction() {
        Annotated article = sample("004");
        assertQuote(article, "Nous sommes très intéressés", "direct", DIOP);
        assertQuote(article, "la coopération militaire avec la Russie ne se limite pas", "indirect", DIOP);
        assertThat(article.quotes()).hasSize(2);
    }

    @Test
    void peopleAreNamedWithTheirFullNameAndAllTheirMentions() {
        Annotated rt = sample("000");
        Person diop = rt.people().stream().filter(p -> p.name().equals(DIOP)).findFirst().orElseThrow();
        assertThat(diop.mentions()).extracting(m -> m.of(rt.article().raw())).contains(DIOP, "Diop");
        assertThat(diop.nationalities()).containsExactly("malien");
        assertThat(rt.people()).extracting(Person::name)
                .contains("Sergueï Lavrov", "Assimi Goïta", "Bah N’Daw", "Moctar Ouané");
        Annotated tass = sample("002");
        assertThat(tass.people()).extracting(Person::name).contains("Assimi Goita", "Igor Gromyko", "Emmanuel Macron");
    }
}
