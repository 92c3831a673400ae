package io.newstrace.core.quotes;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French cues met in francophone African news (agency-style reports from Cameroon, Morocco, Algeria, Niger, the
 * Central African Republic and the DRC, read on 2026-12-06 in a local measure whose pages may not be copied here),
 * on a made-up article: when and where a verb was said between commas before its inverted subject, an acronym in
 * brackets and a name in apposition after a description, "Pour lui, il …", a « typed for the closing », "il"
 * opening a sentence, how it was said before the subject ("a déclaré avec émotion une mère de famille"), an
 * inverted pronominal verb ("s'est-elle exprimée"), a verb's subject after it ("ce qu'a rapporté X", an incise
 * between commas), a pronoun for the person described when no one is named, a participle's phrase after an
 * incise that ends reported speech ("a-t-il ajouté, mettant en avant …"), an aside right after an incise's verb,
 * "selon le communiqué" for whoever was quoted with it. Then, from the errors of a second local measure (francophone
 * African news of Senegal, Guinea, Tunisia and Mali): an inverted subject that ends before when it was said ("au
 * début d'une réunion …"), a pronoun for the role or the group described when no one is named, a manner verb
 * ("enfonce Me …"), a quotation closing a sentence that opens with whose view it gives ("Pour son avocat, Me …,
 * impossible de douter … : « … »"), and a « typed for the closing mark in a paragraph whose other marks are right.
 * And from a third, of news from France, Switzerland, Luxembourg and Québec: a title no one is described with ("le
 * président de la Confédération") for the one the story names most, an acronym for the words of a title ("la
 * présidente de la BAD"), a demonym with an age ("le Vaudois de 58 ans"), a mother as a person of a kind, the
 * feminine of a function ("la procureure"), a clause reported by a participle after an incise ("…, a ajouté la
 * procureure, tout en précisant que …"), a group named by what it does ("les putschistes"), what a statement of
 * someone's said ("l'annonce de X selon laquelle …"), a relative clause's antecedent at the end of the clause before
 * ("… préoccupe la Sécurité civile, qui appelle …"), two verbs before a colon ("confirme et commente :"), when it
 * was said before an inverted subject ("a déclaré un peu plus tard le ministre"), a role of someone else's ("Le
 * ministre de Pierre Dubois"), a name after a noun of a thing ("le vaccin Astra Zeneca"), a name after a participle
 * without its auxiliary ("a remercié ses électeurs, salué son adversaire X, « … »"), a date in brackets before an
 * inverted subject ("a annoncé vendredi dernier (25 février 2022) la présidence"), an aside between a verb and
 * "que" ("a déclaré, devant une audience médusée, qu'il …") and a stray comma after it ("a assuré que, …"), a body
 * named by its noun alone after the article gave it a nationality ("le gouvernement malien … Le gouvernement").
 */
class FrenchQuoteCuesTest {
    private static final String TEXT = """
            Le paludisme recule dans la région du Nord

            Le paludisme a reculé de moitié dans la région du Nord en deux ans, a déclaré, vendredi 4 mars, le ministre de la Santé publique (Minsanté), Jean-Baptiste Ndongo.

            Les trois derniers foyers de fièvre ont été isolés dans deux districts, a fait savoir, mercredi, la Direction de la lutte contre la maladie.

            « Nous avons distribué deux millions de moustiquaires », a affirmé le porte-parole du ministère, le docteur Paul Essomba, qui a présenté le bilan.

            Jean-Baptiste Ndongo a aussi répondu aux critiques de l'opposition. Pour lui, il s'agit d'une campagne de dénigrement, menée par des gens qui ne connaissent pas le terrain.

            Les cas de paludisme grave restent nombreux chez les enfants, a-t-il ajouté, mettant en avant la saison des pluies.

            L'accès aux soins s'est amélioré dans les villages, a-t-il fait observer, estimant nécessaire de former plus d'infirmiers.

            C'est ce qu'a rapporté un communiqué de la Croix-Rouge camerounaise, qui a attribué l'épidémie à une « eau de puits contaminée ».

            L'épidémie, a indiqué un responsable du ministère à la radio nationale, a touché « trois districts du Nord ».

            « Aucun nouveau cas n'a été enregistré » a annoncé, jeudi 4 août, la Direction de la lutte contre la maladie dans un communiqué. Les deux derniers malades sont sortis de l'hôpital de Maroua, selon le communiqué.

            Le ministre était à Garoua mardi. Il avait pourfendu la semaine dernière les guérisseurs ambulants, qualifiés de « danger pour la santé publique ».

            « Je n'ai rien signé avec cette société. Je me suis adressé aux autorités sanitaires« , a-t-il déclaré.

            « Il n'y aura pas de guérison sans prévention », a déclaré avec émotion une mère de famille de Garoua.

            « Nous continuerons à nous battre pour nos enfants », s'est-elle exprimée.

            « C'est avec inquiétude que le ministère a appris la fermeture des centres de santé« , indique le ministère dans son communiqué. Il appelle les grévistes à « reprendre le travail » dans les « meilleurs délais ». « Les malades ne peuvent pas attendre« , peut-on lire dans le communiqué.

            « Le Nord ne sera pas oublié », a déclaré le docteur Alain Mbarga au début d'une réunion du comité de pilotage consacrée entre autres à la vaccination des enfants.

            « Les guérisseurs trompent les familles », tacle Me Aminatou Bello. « Ils vendent de faux remèdes », enfonce Me Roger Fotso.

            Pour son avocat, Me Roger Fotso, impossible de douter de la bonne foi du guérisseur arrêté à Maroua : « Mon client a toujours soigné gratuitement. » Et de formuler les vœux de son client : « Il voudrait que les familles témoignent. »
            """;

    /** A match report that names no one: the coach is only described. */
    private static final String UNNAMED = """
            Les Lions éliminés aux tirs au but

            Quelques minutes après la fin de la rencontre, le sélectionneur a été en conférence de presse. « Je n'ai rien à reprocher aux garçons », a-t-il déclaré.

            Car pour le capitaine de la sélection, l'équipe s'est donnée à fond face aux Pharaons…« On a fait un bon match, on y croit encore. »
            """;

    /** A report that names no one: a woman and a group are described as the subjects of their sentences. */
    private static final String DESCRIBED = """
            Le FMI se dit confiant

            Interrogée sur la dette du pays, la directrice générale du Fonds monétaire international s'est montrée rassurante. « Le pays a un grand potentiel », a-t-elle dit.

            Plusieurs membres du gouvernement multiplient les visites sur les marchés. Ils saluent « la résilience des commerçants » et appellent à « resserrer les rangs ».
            """;

    /** A story on one man, whom it calls by a title he is not described with, and a bank's chief by its acronym. */
    private static final String TITLED = """
            Le doyen du gouvernement s'en va

            Clap de fin pour le doyen du Conseil fédéral Marc Dufour. Après douze ans au gouvernement, le socialiste quittera Berne à la fin de l'année.

            « J'ai informé mes collègues que je partirai à la fin de cette année », a dit mercredi le président de la Confédération devant les médias. « C'est le bon moment pour partir », a poursuivi le Vaudois de 58 ans.

            Selon Marc Dufour, il ne faut jamais sous-estimer les temps institutionnels. Marc Dufour restera au Conseil jusqu'en décembre, et Marc Dufour votera encore le budget.

            La présidente de la Banque africaine de développement, Aminata Koné, a reçu jeudi le ministre Paul Mensah. Selon la présidente de la BAD, la croissance restera forte cette année. Paul Mensah et Aminata Koné doivent se revoir en mai.

            « On n'en revient pas », témoigne une maman dont l'enfant est scolarisé à Berne.
            """;

    /** Reported speech around an incise and a participle, after a participle's phrase, and a group's accusation. */
    private static final String REPORTED = """
            Un homme abattu à Lanhelin

            L'auteur présumé du coup de fusil, âgé de 62 ans, a été placé en garde à vue, a ajouté la procureure, tout en précisant que la victime avait de multiples antécédents judiciaires.

            Contactée par La Presse, l'attachée de presse du ministre de la Sécurité publique, Pierre Martel, a indiqué que des vérifications seraient faites auprès des autorités.

            Les putschistes accusent la France de vouloir intervenir militairement.

            Après l'annonce de Jean Moreau selon laquelle la préfecture allait fermer la route, les riverains ont protesté.

            La série de cambriolages dans le bourg préoccupe la Sécurité civile, qui appelle à nouveau les habitants à fermer leurs portes.

            Interrogé, Luc Bernard, porte-parole de la gendarmerie, confirme et commente : « Personne n'a été blessé. »

            Trois otages ont été libérés dans la région, a annoncé vendredi dernier (25 février 2022) la présidence sur son compte Twitter.

            Le général Paul Koné a déclaré, devant une audience médusée, qu'il n'était pas au courant de cette arrestation. Le capitaine Marc Sawadogo a assuré que, le pays respecterait ses engagements envers ses voisins.

            Le gouvernement malien a exigé des preuves. Le gouvernement a également déclaré que les formateurs étaient là à sa demande.

            Réélu dimanche, le maire Jean Vidal a été installé lundi. Le maire a remercié ses électeurs, salué son adversaire Paul Girard, « pour le combat qu'il a mené avec conviction », et promis d'être à l'écoute de tous.

            Le village de Lanhelin, qui compte un peu plus de mille habitants, n'avait pas connu de crime depuis plus de vingt ans, rappellent les anciens du bourg.
            """;

    /** A minister, a product named like a person, and a minister of someone's. */
    private static final String VACCINE = """
            Le ministre se fait vacciner

            Lundi, le ministre de la Santé Marc Lenoir a reçu sa première dose du vaccin Astra Zeneca. « Je n'ai rien senti », a déclaré Marc Lenoir à l'infirmière. Le vaccin Astra Zeneca doit servir à vacciner tous les soignants, et le vaccin Astra Zeneca sera livré aux pharmacies.

            « J'invite les soignants à se faire vacciner », a déclaré un peu plus tard le ministre de la Santé devant la presse.

            Le ministre de Pierre Dubois a précisé que le pays avait reçu deux cent mille doses samedi.

            La campagne de vaccination se poursuivra dans les hôpitaux de la région jusqu'à la fin du mois de mars, selon l'agence régionale de santé.
            """;

    @TempDir
    static Path directory;
    private static Annotated article;
    private static Annotated unnamed;
    private static Annotated described;
    private static Annotated titled;
    private static Annotated reported;
    private static Annotated vaccine;

    @BeforeAll
    static void annotate() throws IOException {
        article = Samples.annotateText(directory, "paludisme.txt", TEXT);
        unnamed = Samples.annotateText(directory, "tirs-au-but.txt", UNNAMED);
        described = Samples.annotateText(directory, "fmi.txt", DESCRIBED);
        titled = Samples.annotateText(directory, "doyen.txt", TITLED);
        reported = Samples.annotateText(directory, "lanhelin.txt", REPORTED);
        vaccine = Samples.annotateText(directory, "vaccin.txt", VACCINE);
    }

    private static Quote quote(String start) {
        return Samples.quote(article, start);
    }

    /** The name of the speaker of the quote of an article starting with these words. */
    private static String speakerOf(Annotated annotated, String start) {
        return Samples.quote(annotated, start).speaker().name();
    }

    /** Asserts the kind of the quote starting with these words, and that its speaker's name contains the one given. */
    private static void assertQuote(String start, String kind, String speaker) {
        Quote quote = quote(start);
        assertThat(quote.kind().code()).as(start).isEqualTo(kind);
        assertThat(quote.speaker().name()).as(start).contains(speaker);
    }

    @Test
    void whenItWasSaidMayStandBetweenTheVerbAndItsInvertedSubject() {
        assertQuote("Le paludisme a reculé de moitié", "indirect", "Jean-Baptiste Ndongo");
        assertQuote("Les trois derniers foyers de fièvre", "indirect", "Direction de la lutte contre la maladie");
    }

    @Test
    void aNameInAppositionAfterADescriptionAndItsTitleIsTheSpeaker() {
        assertThat(quote("Nous avons distribué deux millions").speaker().name()).isEqualTo("Paul Essomba");
    }

    @Test
    void aClauseOpeningWithASubjectPronounIsWhatWasSaidNotAnApposition() {
        assertQuote("il s'agit d'une campagne de dénigrement", "indirect", "Jean-Baptiste Ndongo");
    }

    @Test
    void aGuillemetTypedForTheClosingOneClosesTheQuotation() {
        Quote signed = quote("Je n'ai rien signé avec cette société.");
        assertThat(signed.kind().code()).isEqualTo("direct");
        assertThat(signed.span().of(article.article().raw())).endsWith("autorités sanitaires");
    }

    @Test
    void aGuillemetTypedForTheClosingOneMayStandAmongRightOnes() {
        String raw = article.article().raw();
        assertThat(quote("C'est avec inquiétude").span().of(raw)).endsWith("la fermeture des centres de santé");
        assertThat(quote("reprendre le travail").span().of(raw)).isEqualTo("reprendre le travail");
        assertThat(quote("meilleurs délais").span().of(raw)).isEqualTo("meilleurs délais");
        assertThat(quote("Les malades ne peuvent pas attendre").span().of(raw))
                .isEqualTo("Les malades ne peuvent pas attendre");
    }

    @Test
    void howItWasSaidMayStandBetweenTheVerbAndTheName() {
        assertThat(quote("Il n'y aura pas de guérison").speaker().name()).contains("mère de famille de Garoua");
    }

    @Test
    void anInvertedPronounMayPartAPronominalVerbFromItsParticiple() {
        assertQuote("Nous continuerons à nous battre", "direct", "mère de famille de Garoua");
        assertThat(quote("Nous continuerons à nous battre").cue()).contains("s'est-elle exprimée");
    }

    @Test
    void aFragmentInASentenceOpeningWithAPersonalIlIsHis() {
        assertThat(quote("danger pour la santé publique").speaker().name()).isEqualTo("Jean-Baptiste Ndongo");
    }

    @Test
    void theSubjectFollowsTheVerbAfterCeQueAndInAnIncise() {
        assertThat(quote("eau de puits contaminée").speaker().name()).contains("Croix-Rouge");
        assertThat(quote("trois districts du Nord").speaker().name()).isEqualTo("un responsable du ministère");
    }

    @Test
    void aPronounStandsForThePersonDescribedWhenTheArticleNamesNoOne() {
        assertThat(speakerOf(unnamed, "Je n'ai rien à reprocher")).isEqualTo("sélectionneur");
    }

    @Test
    void aPronounStandsForTheRoleOrTheGroupDescribedWhenTheArticleNamesNoOne() {
        assertThat(speakerOf(described, "Le pays a un grand potentiel"))
                .isEqualTo("directrice générale du Fonds monétaire international");
        assertThat(speakerOf(described, "la résilience des commerçants"))
                .isEqualTo("membres du gouvernement");
        assertThat(speakerOf(described, "resserrer les rangs"))
                .isEqualTo("membres du gouvernement");
    }

    @Test
    void aTitleNoOneIsDescribedWithIsTheOneTheStoryNamesMostAndAnAcronymStandsForItsWords() {
        assertThat(speakerOf(titled, "J'ai informé mes collègues")).isEqualTo("Marc Dufour");
        assertThat(speakerOf(titled, "C'est le bon moment")).isEqualTo("Marc Dufour");
        assertThat(speakerOf(titled, "la croissance restera forte")).isEqualTo("Aminata Koné");
    }

    @Test
    void anIncisesSubjectThenAParticiplesClauseReportTwoStatements() {
        Quote first = Samples.quote(reported, "L'auteur présumé du coup de fusil");
        assertThat(first.span().of(reported.article().raw())).endsWith("placé en garde à vue");
        assertThat(first.speaker().name()).isEqualTo("procureure");
        assertThat(speakerOf(reported, "la victime avait de multiples")).isEqualTo("procureure");
    }

    @Test
    void aClauseOpeningWithQueIsWhatWasSaidNeverTheSubject() {
        Quote checks = Samples.quote(reported, "des vérifications seraient faites");
        assertThat(checks.kind().code()).isEqualTo("indirect");
        assertThat(checks.span().of(reported.article().raw())).endsWith("auprès des autorités");
    }

    @Test
    void aGroupNamedByWhatItDoesMayAccuse() {
        assertThat(speakerOf(reported, "vouloir intervenir militairement"))
                .isEqualTo("putschistes");
    }

    @Test
    void aStatementOfSomeonesSaysWhatFollowsSelonLaquelle() {
        Quote road = Samples.quote(reported, "la préfecture allait fermer la route");
        assertThat(road.speaker().name()).isEqualTo("Jean Moreau");
        assertThat(road.span().of(reported.article().raw())).isEqualTo("la préfecture allait fermer la route");
    }

    @Test
    void aRelativeClausesAntecedentIsTheLastNounPhraseOfTheClauseBefore() {
        assertThat(speakerOf(reported, "fermer leurs portes"))
                .isEqualTo("Sécurité civile");
    }

    @Test
    void twoCoordinatedVerbsBeforeAColonShareTheirSubject() {
        assertThat(speakerOf(reported, "Personne n'a été blessé")).isEqualTo("Luc Bernard");
    }

    @Test
    void aTitleAfterWhenItWasSaidAndARoleOfSomeoneElsesAreHeldByTheOneDescribedSo() {
        assertThat(speakerOf(vaccine, "J'invite les soignants")).isEqualTo("Marc Lenoir");
        assertThat(speakerOf(vaccine, "le pays avait reçu")).isEqualTo("Marc Lenoir");
    }

    @Test
    void aNameAfterANounOfAThingIsNoPerson() {
        assertThat(vaccine.people()).extracting(p -> p.name()).doesNotContain("Astra Zeneca");
    }

    @Test
    void theNameAfterAParticipleWithoutItsAuxiliaryIsItsObject() {
        assertThat(speakerOf(reported, "pour le combat qu'il a mené")).isEqualTo("Jean Vidal");
    }

    @Test
    void aDateInBracketsMayStandBeforeAnInvertedSubject() {
        assertThat(speakerOf(reported, "Trois otages ont été libérés")).startsWith("présidence");
    }

    @Test
    void anAsideMayStandBetweenAVerbAndQueAndACommaAfterIt() {
        assertThat(speakerOf(reported, "il n'était pas au courant")).isEqualTo("Paul Koné");
        assertThat(speakerOf(reported, "le pays respecterait ses engagements")).isEqualTo("Marc Sawadogo");
    }

    @Test
    void aBodyNamedByItsNounAloneIsTheOneTheArticleGaveANationality() {
        assertThat(speakerOf(reported, "les formateurs étaient là")).isEqualTo("gouvernement malien");
    }

    @Test
    void aMotherIsAPersonOfAKind() {
        assertThat(speakerOf(titled, "On n'en revient pas")).isEqualTo("une maman");
    }

    @Test
    void anInverseSubjectEndsBeforeWhenItWasSaid() {
        assertThat(quote("Le Nord ne sera pas oublié").speaker().name()).isEqualTo("Alain Mbarga");
    }

    @Test
    void eachOfTwoLawyersSpeaksThroughHisOwnMannerVerb() {
        assertThat(quote("Les guérisseurs trompent les familles").speaker().name()).isEqualTo("Aminatou Bello");
        assertThat(quote("Ils vendent de faux remèdes").speaker().name()).isEqualTo("Roger Fotso");
    }

    @Test
    void aQuotationClosingASentenceThatOpensWithWhoseViewItGivesIsTheirs() {
        assertThat(quote("Mon client a toujours soigné").speaker().name()).isEqualTo("Roger Fotso");
        assertThat(quote("Il voudrait que les familles").speaker().name()).isEqualTo("Roger Fotso");
        assertThat(speakerOf(unnamed, "On a fait un bon match"))
                .isEqualTo("capitaine de la sélection");
    }

    @Test
    void aParticiplesPhraseMayCloseASentenceAfterItsIncise() {
        assertQuote("Les cas de paludisme grave restent nombreux", "indirect", "Jean-Baptiste Ndongo");
        assertQuote("L'accès aux soins s'est amélioré", "indirect", "Jean-Baptiste Ndongo");
    }

    @Test
    void anAsideMayFollowAnIncisesVerbAndTheCommuniqueSpeaksForWhoeverWasQuotedWithIt() {
        assertQuote("Aucun nouveau cas n'a été enregistré", "direct", "Direction de la lutte contre la maladie");
        assertQuote("Les deux derniers malades sont sortis", "indirect", "Direction de la lutte contre la maladie");
    }
}
