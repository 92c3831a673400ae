package io.newstrace.core.entities;

import io.newstrace.core.model.Span;
import io.newstrace.core.nlp.Lexicons;
import io.newstrace.core.nlp.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The people a real paragraph names, and the capitalised words that name no one. */
class PersonFinderTest {
    private static final PersonFinder FINDER = new PersonFinder(new Lexicons(List.of("fr", "en")));
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(List.of("fr", "en"));

    private static List<String> people(String text) {
        return FINDER.find(text, SPLITTER.split(text, new Span(0, text.length())), List.of()).stream()
                .map(Person::name).toList();
    }

    @Test
    void aFunctionWordOpeningTheSentenceIsNoPartOfAName() {
        // The Kit (Toronto Star), Kathryn Hudson's grooming column (2019-02-08; Gender Gap Tracker article
        // 5c5d15151e67d78e275d5d0f): "Should I" is a question, not a person who "wondered loudly". (That
        // "Will" stays a given name is CanadianNewsSpeakersTest's "Will Young".)
        assertThat(people("""
                My husband has grown a beard over the past couple of years and I hate it. I have complained about it to him, but he hasn’t changed anything. Aren’t hipster beards over by now? Should I tell him to shave it off? — Ashley, Mississauga I was at a barbecue a few summers ago when a friend wondered loudly, “Hey, do you ever kiss your husband anymore?”
                """)).noneMatch(name -> name.startsWith("Should"));
    }

    @Test
    void aGivenNameAloneWithAnAppositionDescribingSomeoneIsAPerson() {
        // Le Point, on an imam tried in Nîmes (2023-11-02; pages-fr/fr-lepoint-imam-beaucaire): witnesses named by
        // their given name and trade.
        assertThat(people("""
                « Il n'était pas dans le radicalisme, pas dans le salafisme », raconte Ibrahim, artisan boucher. Mohammed, cadre ferroviaire, a assisté au prêche qui a suivi la publication du message incriminé.
                """)).contains("Ibrahim", "Mohammed");
        // Bondy Blog, on the strike at Paris-8 (pages/fr-bondyblog-paris8-greve): a changed name and an age.
        assertThat(people("""
                Souvent tue, cette problématique est pourtant prégnante à Paris-8, comme nous le raconte Antoine*, 32 ans, chargé de cours en sociologie.
                """)).contains("Antoine");
        // PolNeAR, The Washington Post (2016-09-15) and The New York Times (2016-05-09): a place a person comes from
        // and an agency described after its name are no people.
        assertThat(people("""
                Sen. Richard Shelby of Alabama, the chairman of the Appropriations Committee, said Sunday a deal was near. When his family moved back to rural Tennessee, his mother refused to teach him Japanese. ''It is a bit unkind,'' Xinhua, the official Chinese news agency, wrote.
                """)).doesNotContain("Alabama", "Tennessee", "Xinhua");
    }

    @Test
    void initialsInCapitalsAreTheRecognisedPersonWhoseNameTheySpell() {
        // RTL info on the Strauss-Kahn case (2011-05-17; pages-fr3/fr-rtlinfo-dsk-defense), the recogniser having
        // found the full name; "FMI" spells no one's name.
        String text = "Selon le New York Post, la défense aurait affirmé que son client, Dominique Strauss-Kahn, "
                + "président du FMI, avait quitté l'hôtel. DSK a alors répondu qu'il arrivait à JFK pour son vol.";
        int start = text.indexOf("Dominique");
        List<Person> found = FINDER.find(text, SPLITTER.split(text, new Span(0, text.length())),
                List.of(new Span(start, start + "Dominique Strauss-Kahn".length())));
        assertThat(found).filteredOn(p -> p.name().equals("Dominique Strauss-Kahn")).singleElement()
                .satisfies(p -> assertThat(p.forms()).contains("DSK"));
        assertThat(found).extracting(Person::name).doesNotContain("FMI", "JFK", "DSK");
    }

    @Test
    void aNameThatTheNextSentenceDescribesAsSomeoneIsAPersonOfThatGender() {
        // Bondy Blog, on the strike at Paris-8 (pages/fr-bondyblog-paris8-greve): a student named by her given name.
        String text = "Loin de là, on finit notre reportage en discutant avec Pasiphae. Cette jeune fille de 20 ans "
                + "étudie les lettres à Saint-Denis après avoir fait les Beaux-Arts à Angers.";
        List<Person> found = FINDER.find(text, SPLITTER.split(text, new Span(0, text.length())), List.of());
        assertThat(found).filteredOn(p -> p.name().equals("Pasiphae")).singleElement()
                .satisfies(p -> assertThat(p.gender()).isEqualTo(Person.Gender.FEMININE));
        assertThat(found).extracting(Person::name).doesNotContain("Saint-Denis", "Angers");
    }
}
