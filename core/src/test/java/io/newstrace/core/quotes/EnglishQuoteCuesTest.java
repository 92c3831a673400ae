package io.newstrace.core.quotes;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.entities.Person;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English cues met in US political news (PolNeAR's development split), on a made-up article: reported speech
 * after "said" without "that", a party tag between name and verb, "the Minnesota lawmaker said", "of the Sierra
 * Club", quotation marks written as two apostrophes, a quotation signed with a dash.
 */
class EnglishQuoteCuesTest {
    private static final String TEXT = """
            Council votes to widen the river path

            Mayor Tom Johnson opened the session on Monday with a long list of repairs.

            Johnson said local officials should open the path before the summer.

            "We cannot wait another year," Rep. Maria Olsen (D-Minn.) said on Tuesday.

            "The plan is sound and the money is there," the Minnesota lawmaker said.

            "It was the least bad outcome," Mr. Alan Morgan of the Sierra Club said.

            ''Nobody asked the neighbours about the noise,'' said Peter Lang, who lives by the river.

            "We will keep walking here whatever they decide." ― Ruth Meyer.
            """;

    /**
     * Sentences of real reports, each cited where it is tested: PolNeAR's development split (github.com/
     * networkdynamics/PolNeAR, data/dev/text; data/train/text where the test says so), a paragraph each.
     */
    private static final String REAL = """
            Trump campaign ad draws a complaint from Phoenix

            The advertisement suggests that Phoenix and its officers support Trump's campaign.

            The state's campaign chairman, Phil Lovas, said he cannot comment on the letter because he has not seen it.

            Tom Clarke, a coal operator, bought the mines in 2015.

            Trump never missed an opportunity to remind the audience he was the only candidate self-funding his campaign. He claimed vast wealth and said it ensured he was not beholden to special interests. He attacked other candidates on stage for accepting his personal donations, which he said were accompanied by leverage and return favors.

            John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's Russia Today programming, which is also streamed on Hulu and Ora's site -- told me, ''We're a content provider; we're doing business with people who want and value our content.''

            In September, Mr. Clarke handed over management of Natural Bridge to the state. But in July 2012, Patriot failed as predicted.

            Too often, Mr. Clarke said, the debate over the future of coal is infected with what he called tribalism.

            Authorities have said officers encountered Scott because they were searching for another man - a suspect with an outstanding warrant. According to police, officers saw Scott get out of a car with a handgun and get back into it.

            The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to the nonpartisan Congressional Budget Office, and the top 10 percent paid 69 percent of all taxes.

            Still, The New York Times reported at the time that the RT editor in chief, Margarita Simonyan, conveyed to Ms. Martin that her statement was not in line with the editorial policy. The network said it would send Ms. Martin to Crimea for a better understanding.

            Michael Mulgrew, president of the United Federation of Teachers, which represents New York City educators, said he hopes the day of action sends a message that "communities are standing up for their public schools."

            In the Wells Fargo scandal, people were mistakenly charged fees, saw their credit ratings fall, got credit cards in the mail they never asked for or just were confused.

            The bank said that it had fired the thousands of employees from 2011 to 2016 for engaging in the practice.

            Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations did Romney in in 2012, arguing that it was divisions in the Republican Party that were a bigger hurdle.

            Republican presidential nominee Donald Trump could embrace a clean energy policy as president, but only if he can be convinced that it’s a good business decision, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.

            Bill Clinton watched from the front row, sitting alongside Colin Powell, the former secretary of state, and the Rev. Jesse Jackson sat nearby.

            ''There's a lot of new complexity,'' said Mr. Burman.

            "It was a place Obama and Xi found some common ground," said John D. Podesta, a chief of staff to President Bill Clinton whom Mr. Obama recruited to lead his climate efforts in his second term.

            ”Mr. Trump embodies the lasting legacy of racism in the United States. He has empowered white racists to be open with their prejudice. His candidacy has brought about social division and strife. He represents our greatest shame.” ― Sonya Herridge

            Writing for a Los Angeles Times panel that all agreed Pence won the debate, Mark Z. Barabak noted that the way Pence carried himself was critical to his success.

            ” … he delivered a mix of conservative orthodoxy and there-you-go-again rejoinders with a coolness and polish that Ronald Reagan himself might have admired,” Barabak wrote.

            Limbaugh added:

            And from a supposed front-runner, Hillary Clinton, this reeks of some of the greatest fear that I have ever seen. She can’t beat this guy without stacking the deck?  She can’t beat this guy without rigging it with the referee? She can’t beat this guy without the entire worldwide media piling on her opponent? I mean, that’s the message this is sending.

            Clinton beats Trump by 46 percent to 42 percent, according to the poll.

            "A state cannot avoid the conclusion that its process results in removal 'solely by reason of a failure to vote' ... by providing that the confirmation notice procedure is triggered by a registrant's failure either to vote or to climb Mt. Everest or to hit a hole-in-one," said the ruling.

            “Now is the time for all good political leaders to come to the aid of their party,” said Don Fowler, who helmed the DNC from 1995 to 1997, during Bill Clinton’s presidency, and has backed Hillary Clinton since her 2008 presidential bid.

            “The locus of activity for all of those political questions would then move to the 447 members of the Democratic National Committee,” said Elaine Kamarck, a two-decade veteran of the DNC Rules Committee.

            Kamarck noted that the process hasn’t changed in the decades since Eagleton was replaced over mental health concerns. But Fowler said the politics surrounding the top of the ticket would be more intense — and he noted that any change would occur a few weeks later in the campaign season than the switch in 1972.

            Trump tells his supporters at a Michigan rally to “go to your place and vote” and then “go pick some other place and go sit there with your friends and make sure it’s on the up and up.”

            He’s claiming that voting fraud is “a big, big problem in this country” but “nobody has the guts to talk about it.”

            The White House is saying that revelations about GOP presidential nominee Donald Trump’s tax history show the need for tax reform and fairness.

            In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.

            When Daizha Rioland was five months pregnant with her first child, she posted in a Facebook group for Dallas moms that she was looking for child care.

            In addition, the campaign plans to make more detailed medical records available soon, a spokesman announced Monday morning.

            Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never contributed to Pell Grants to help kids attend college or federal veterans or military programs.

            Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the administration was relinquishing critical leverage over the military, which retains significant power.

            “I think John Kasich would be the best nominee, but he doesn't have a chance,” Graham said on MSNBC's "Morning Joe," adding, “John Kasich's problem is he is an insider in an outsider year, and nobody seems to want to buy that."

            Mr. Trump, who said last week that a Mexican-American judge in a case involving Trump University was biased against him because of his heritage, issued a statement Tuesday saying, ''I do not feel that one's heritage makes them incapable of being impartial.''

            Trump also said at the time that the United States has become a “dumping ground for everybody else’s problems.”

            “Naturally, Fox News is disappointed that Secretary Clinton has declined our debate invitation, especially given that the race is still contested and she had previously agreed to a final debate before the California primary,” Sammon\u00a0said.

            Victims of domestic violence and unaccompanied minors who came to the U.S. from Central America would be considered a distinct group for purposes of asylum, Sanders said, a policy that could make it easier for them to remain in the U.S.

            ''Silly boys acting like they've never seen a girl before,'' scoffed Arianna Gil, 22, who helped found the group in 2014. ''Skater bros all think they're rebels, but who are the real outsiders here?''
            """;

    @TempDir
    static Path directory;
    private static Annotated article;
    private static Annotated real;

    @BeforeAll
    static void annotate() throws IOException {
        article = annotate("river-path.txt", TEXT);
        real = annotate("real-sentences.txt", REAL);
    }

    /** The text annotated as an article read from a file of that name. */
    private static Annotated annotate(String name, String text) throws IOException {
        return Samples.annotateText(directory, name, text);
    }

    /** Asserts the speaker of each quote, given as the words it starts with followed by the speaker's name. */
    private static void assertSpeakers(Annotated annotated, String... startThenSpeaker) {
        for (int i = 0; i < startThenSpeaker.length; i += 2) {
            assertThat(Samples.speakerOf(annotated, startThenSpeaker[i])).as(startThenSpeaker[i])
                    .isEqualTo(startThenSpeaker[i + 1]);
        }
    }

    private static Quote quote(String start) {
        return Samples.quote(article, start);
    }

    private static String realSpeaker(String start) {
        return Samples.speakerOf(real, start);
    }

    private static String speaker(String start) {
        return Samples.speakerOf(article, start);
    }

    @Test
    void reportedSpeechWithoutThatOpensWithAnyNoun() {
        assertThat(quote("local officials should open the path").kind().code()).isEqualTo("indirect");
        assertThat(speaker("local officials should open the path")).isEqualTo("Tom Johnson");
    }

    @Test
    void aPartyTagOrAComplementBetweenNameAndVerbKeepsTheSpeaker() {
        assertThat(speaker("We cannot wait another year")).isEqualTo("Maria Olsen");
        assertThat(speaker("It was the least bad outcome")).isEqualTo("Alan Morgan");
    }

    @Test
    void aDescriptionOfSeveralWordsIsASpeaker() {
        // "Lawmaker" is no role the role linker ties to "Rep.": the description stands for the speaker.
        assertThat(speaker("The plan is sound")).isEqualTo("Minnesota lawmaker");
    }

    @Test
    void twoApostrophesAreQuotationMarksAndADashSignsAQuotation() {
        Quote doubled = quote("Nobody asked the neighbours about the noise,");
        assertThat(doubled.kind().code()).isEqualTo("direct");
        assertThat(doubled.span().of(article.article().raw())).doesNotContain("'");
        assertThat(speaker("Nobody asked the neighbours")).isEqualTo("Peter Lang");
        assertThat(speaker("We will keep walking here")).isEqualTo("Ruth Meyer");
    }

    @Test
    void aPronounAfterSaidOpensTheClauseItReports() {
        // AP, "The Latest: Trump urges supporters to monitor polling places" (Breitbart, 2016-09-30): ", said he
        // cannot …" had been read as an inverted subject, making the speaker's own name the reported words.
        assertThat(Samples.quote(real, "he cannot comment on the letter").kind().code()).isEqualTo("indirect");
        assertThat(realSpeaker("he cannot comment on the letter")).isEqualTo("Phil Lovas");
    }

    @Test
    void aNamedInciseBetweenCommasReportsTheRestOfTheSentence() {
        // The New York Times, "A Curious Plan to Fight Climate Change" (2016-10-02).
        assertThat(Samples.quote(real, "the debate over the future of coal").kind().code()).isEqualTo("indirect");
        assertThat(realSpeaker("the debate over the future of coal")).isEqualTo("Tom Clarke");
        // The New York Times, "Obama Says African-American Museum …" (2016-09-25): "state" after "secretary of"
        // is a noun, not the verb of an incise.
        String raw = real.article().raw();
        assertThat(real.quotes()).noneMatch(q -> q.span().of(raw).contains("Jesse Jackson sat nearby"));
    }

    @Test
    void whichStandsForItsAntecedentUnlessAPronounFollowsIt() {
        // USA Today, "Ready for Trump vs. Clinton?" (2016-09-23): in "donations, which he said were …" the
        // speaker is "he", not the donations.
        assertThat(realSpeaker("were accompanied by leverage")).isEqualTo("Donald Trump");
        // The New York Times, "Old hands help Russia navigate US media" (2016-09-19): "which" as a subject stands,
        // like "who", for its antecedent, here an apposition to John Dickey.
        assertThat(realSpeaker("We're a content provider")).isEqualTo("John Dickey");
    }

    @Test
    void aSpeechVerbAfterADeterminerToOrAsEndsNoIncise() {
        // The New York Times, "A Curious Plan to Fight Climate Change" (2016-10-02): "to the state" and "as
        // predicted" had made "In September" and "But in July 2012" reported speech.
        String raw = real.article().raw();
        assertThat(real.quotes()).noneMatch(q -> q.span().of(raw).startsWith("In September")
                || q.span().of(raw).startsWith("But in July 2012"));
    }

    @Test
    void accordingToASpeakerReportsTheSentenceOrTheClauseBefore() {
        // The Washington Post, "Phone video is first public look …" (2016-09-25).
        assertThat(Samples.quote(real, "officers saw Scott get out").kind().code()).isEqualTo("indirect");
        assertThat(realSpeaker("officers saw Scott get out")).isEqualTo("police");
        // Politico, "Trump not walking the walk on his tax plan" (2016-10-04).
        assertThat(realSpeaker("The top 1 percent paid 25.4 percent")).endsWith("Congressional Budget Office");
    }

    @Test
    void anAppositionLiesInTheSentenceOfItsPhrase() {
        // The New York Times, "Old hands help Russia navigate US media" (2016-09-19): the comma after "Margarita
        // Simonyan," in the sentence before made "The network" her apposition.
        String raw = real.article().raw();
        assertThat(real.quotes()).filteredOn(q -> q.span().of(raw).startsWith("it would send Ms. Martin"))
                .noneMatch(q -> q.speaker() != null && q.speaker().name().contains("Simonyan"));
    }

    @Test
    void aNameHeadingItsClauseSpeaksOverAppositionsAndARelativeClause() {
        // HuffPost, "Frustrated parents rally nationwide …" (2016-10-07).
        assertThat(realSpeaker("communities are standing up")).isEqualTo("Michael Mulgrew");
    }

    @Test
    void anOrganisationNamedByItsKindSpeaks() {
        // HuffPost, "Elizabeth Warren hammers Wells Fargo CEO …" (2016-09-20): no organisation is recognised in the
        // sentence before ("In the Wells Fargo scandal"), so the phrase is the speaker.
        assertThat(realSpeaker("it had fired the thousands of employees")).isEqualTo("bank");
    }

    @Test
    void aParticipleAfterACommaReportsASecondStatementOfTheSameSpeaker() {
        // HuffPost, "Hillary Clinton goes after Donald Trump …" (2016-09-27).
        assertThat(realSpeaker("he didn’t believe those characterizations")).isEqualTo("David Perdue");
        assertThat(realSpeaker("it was divisions in the Republican Party")).isEqualTo("David Perdue");
        assertThat(Samples.quote(real, "he didn’t believe").span().of(real.article().raw())).doesNotContain("arguing");
    }

    @Test
    void aSentenceEndingWithSomeoneTellingAListenerIsReported() {
        // HuffPost, "Trump 'The Dealmaker' could address clean energy, Lindsey Graham says" (2016-09-22).
        assertThat(Samples.quote(real, "Republican presidential nominee Donald Trump could").kind().code()).isEqualTo("indirect");
        assertThat(realSpeaker("Republican presidential nominee Donald Trump could")).isEqualTo("Lindsey Graham");
    }

    @Test
    void theDotOfATitleOrAnInitialEndsNoSubject() {
        // The New York Times, "Clinton Plan for Taxes Is Expansive but Complex" (2016-09-16): the subject once ended at
        // "Mr.", making "Mr" the speaker.
        assertThat(realSpeaker("There's a lot of new complexity")).endsWith("Burman");
        // The New York Times, "Obama on Climate Change: The Trends Are 'Terrifying'" (2016-09-08): nor at an initial.
        assertThat(realSpeaker("It was a place Obama and Xi")).isEqualTo("John D. Podesta");
    }

    @Test
    void aPronounAfterAConjunctionOrWithItsVerbContractedIsStillAPronoun() {
        // Politico, "Former DNC chairman calls for Clinton contingency plan" (2016-09-12): "and he" had been
        // taken for a description of no one.
        assertThat(realSpeaker("any change would occur a few weeks later")).isEqualTo("Don Fowler");
        // AP, "The Latest: Trump urges supporters to monitor polling places" (Breitbart, 2016-09-30): "He’s"
        // had been the speaker's name.
        assertThat(realSpeaker("a big, big problem")).isEqualTo("Donald Trump");
    }

    @Test
    void aDocumentSpeaksForItsAuthors() {
        // Breitbart, "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton" (2016-09-20).
        assertThat(realSpeaker("Clinton beats Trump by 46 percent")).isEqualTo("poll");
        // The Washington Post, "Federal court rules against Ohio's purges of voter rolls" (2016-09-25).
        assertThat(realSpeaker("A state cannot avoid the conclusion")).isEqualTo("ruling");
    }

    @Test
    void aClosingCurlyQuoteTypedForTheOpeningOneOpensAQuotation() {
        // HuffPost, "31 Latinos Share Their Most Honest Thoughts On Donald Trump" (2016-09-27).
        Quote signed = Samples.quote(real, "Mr. Trump embodies the lasting legacy");
        assertThat(signed.kind().code()).isEqualTo("direct");
        assertThat(signed.speaker().name()).isEqualTo("Sonya Herridge");
        // The Western Journal, "Pence Gives GOP A Boost With Solid Debate Win Over Kaine" (2016-10-05): opening its
        // paragraph, where it can close nothing, it opens a quotation even before a space.
        assertThat(Samples.quote(real, "… he delivered a mix").speaker().name()).isEqualTo("Mark Z. Barabak");
    }

    @Test
    void haveBeforeTheVerbIsNoPartOfTheSubject() {
        // The Washington Post, "Phone video is first public look …" (2016-09-25): "Authorities have" was taken for
        // a clause, so the sentence reported nothing.
        assertThat(Samples.quote(real, "officers encountered Scott").kind().code()).isEqualTo("indirect");
        assertThat(realSpeaker("officers encountered Scott")).isEqualTo("Authorities");
    }

    @Test
    void aParagraphAfterASpeechVerbAndAColonIsAQuotationWithoutMarks() {
        // The Western Journal, "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump ‘Reeks of Fear’" (2016-09-26): a block quotation whose
        // marks were the page's layout.
        Quote block = Samples.quote(real, "And from a supposed front-runner");
        assertThat(block.kind().code()).isEqualTo("direct");
        assertThat(block.speaker().name()).endsWith("Limbaugh");
    }

    @Test
    void aTranscriptLabelNamesTheSpeakerAndAPhraseOpeningWithIOrYouNever() throws IOException {
        // Breitbart, "Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp" (2016-09-25), a
        // transcript in quotation marks: the moderator's question ends on "I want to ask you, will …", which once
        // made "I want to" the next answer's speaker; the label opening each answer names who speaks.
        Annotated interview = annotate("interview.txt", """
                Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.

                On this weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate presidential nominee Donald Trump’s tweet to invite Gennifer Flowers to Monday night’s debate was only “to mock” Hillary Clinton for inviting Trump critic Mark Cuban.

                Partial transcript as follows:

                "WALLACE: If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?

                "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.
                """);
        Quote answer = Samples.quote(interview, "PENCE: Gennifer");
        assertThat(answer.speaker().name()).isEqualTo("Mike Pence");
    }

    @Test
    void aProgressiveAndWhatSomeoneWasUrgedToDo() {
        // Breitbart (AP), "The Latest: Trump's leaked taxes …" (2016-10-03); HuffPost, "Trump the dealmaker could
        // address …" (2016-09-22).
        assertThat(realSpeaker("revelations about GOP presidential nominee")).isEqualTo("White House");
        assertThat(realSpeaker("to join the ranks of climate change believers")).isEqualTo("Lindsey Graham");
    }

    @Test
    void aSentenceOpeningWithWhenDoesNotNameAWhenPerson() {
        // Voice of America, "US child care crisis …" (core/src/test/resources/pages/en-voa-child-care-crisis.txt):
        // a clause after where it was said, and "When" no part of the name.
        assertThat(realSpeaker("she was looking for child care")).isEqualTo("Daizha Rioland");
    }

    @Test
    void anEnglishArticleIsNoFrenchAuxiliary() {
        // Politico, "Former DNC chairman calls for …" (2016-09-12): "a spokesman announced Monday morning" had read as
        // French "a", two adverbs, a verb and its inverted subject, "Monday morning".
        assertThat(realSpeaker("In addition, the campaign plans")).isEqualTo("a spokesman");
    }

    @Test
    void twoClausesOfOneSentenceReportTwoStatements() {
        // Politico, "Former DNC chairman calls for Clinton contingency plan." (2016-09-12): "— and he noted that" is
        // Fowler's second statement. The Washington Post, "Burma leader's visit to Washington marks a bipartisan
        // success story." (2016-09-16): ", and human rights groups warned that" is another speaker's.
        assertThat(realSpeaker("the politics surrounding the top")).isEqualTo("Don Fowler");
        assertThat(realSpeaker("Burma's reforms were not complete")).isEqualTo("Obama");
        assertThat(realSpeaker("the administration was relinquishing")).isEqualTo("human rights groups");
    }

    @Test
    void whereItWasSaidMayHoldAPlaceWithItsCommas() {
        // Breitbart (AP), "The Latest: Trump's leaked taxes …" (2016-10-03).
        assertThat(realSpeaker("it means Trump never contributed")).endsWith("Clinton");
    }

    @Test
    void lessCommonSpeechVerbsSignAQuotation() {
        // The New York Times, "Sisterhood of the Skateboard." (2016-07-31, training split).
        assertThat(realSpeaker("Silly boys acting like")).isEqualTo("Arianna Gil");
        assertThat(realSpeaker("Skater bros all think")).isEqualTo("Arianna Gil");
    }

    @Test
    void aParticipleHasTheSubjectOfTheVerbBeforeItOrOfTheSentence() {
        // Politico, "Polls suggest Kasich has best chance of beating Clinton." (2016-03-24), and The New York Times,
        // "Ryan calls Trump line 'racist,' but backs him" (2016-06-09), both of the training split: "adding" is
        // Graham's, not the show's named before it; "saying" is Mr. Trump's, not "issued a statement Tuesday".
        assertThat(realSpeaker("John Kasich's problem is")).endsWith("Graham");
        assertThat(realSpeaker("I do not feel that one's heritage")).endsWith("Trump");
    }

    @Test
    void aSpeechVerbWrittenWithACapitalInsideANameIsNoVerb() {
        // Breitbart, "Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’, ‘useless.’"
        // (2016-02-08, training split): "States" is no verb whose subject would be "the United".
        assertThat(realSpeaker("dumping ground for everybody")).endsWith("Trump");
    }

    @Test
    void aNoBreakSpaceBetweenNameAndVerbIsASpace() {
        // Western Journal, "Hillary Clinton Says No To Fox News As Sanders Turns Up The Heat." (2016-05-24, training
        // split), as published: "Sammon" and "said" are joined by a no-break space.
        assertThat(realSpeaker("Naturally, Fox News is disappointed")).isEqualTo("Sammon");
    }

    @Test
    void aQuotationAfterACommaIsSaidByThePersonOpeningTheSentence() throws IOException {
        // Politico, "Debating Clinton's character." (2016-09-01, training split), its first paragraph and two later
        // ones in their order: no speech verb, but Clinton opens the sentence (after "Earlier this week,"); the
        // quotation is hers, not a continuation of what Palmieri says.
        Annotated debating = annotate("character.txt", """
                Debating Clinton's character.

                Hillary Clinton has expressed frustration, and even a little trepidation, about her first face-off with Donald Trump later this month, recently telling one person close to her that she’s perplexed about "which Donald Trump will show up.”

                The main problem they have been facing, Palmieri says, is figuring out how to parry a politically anesthetized, studiously presidential Trump — the sotto voce statesman who embarked on his polite diplomatic mission to Mexico.

                Earlier this week, Clinton shared a bit of her anxiety with an audience at a fundraiser in the Hamptons, “I do not know which Donald Trump will show up. Maybe he'll try to be presidential to convey gravity."
                """);
        assertThat(Samples.speakerOf(debating, "I do not know which Donald Trump")).isEqualTo("Hillary Clinton");
    }

    @Test
    void anInciseAfterAClauseReportsTheClauseNotTheAppositionAfterIt() {
        // HuffPost, "Bernie Sanders Promises Action On Immigration In First 100 Days As President." (2015-11-09,
        // training split): what Sanders said comes before ", Sanders said,"; "a policy that …" is the reporter's.
        assertThat(realSpeaker("Victims of domestic violence")).isEqualTo("Sanders");
        assertThat(real.quotes()).noneMatch(q -> q.span().of(real.article().raw()).startsWith("a policy that"));
    }

    @Test
    void aFragmentInASentenceOpeningWithAPersonIsThatPersons() throws IOException {
        // Breitbart (AP), "The Latest: Hillary Clinton tells voters she’s with them" (2016-02-20, training split):
        // no speech verb, but the sentence's subject, named first, is whose words these are.
        Annotated latest = annotate("mosque.txt", """
                The Latest: Hillary Clinton tells voters she’s with them

                Republican presidential front-runner Donald Trump is questioning whether President Barack Obama would have attended Supreme Court Justice Antonin Scalia’s funeral Mass “if it were held in a mosque.”
                """);
        assertThat(Samples.speakerOf(latest, "if it were held in a mosque")).isEqualTo("Donald Trump");
    }

    @Test
    void theSubjectOpeningTheSentenceSpeaksBeforeAPossessorBeforeTheFragment() throws IOException {
        // USA Today, "Republicans pile on Obama, Clinton; Time running short for some candidates." (2016-01-15,
        // training split), two paragraphs of it in their order: "Trump's “New York values”" are Cruz's words.
        Annotated debate = annotate("values.txt", """
                Republicans pile on Obama, Clinton;
                Time running short for some candidates.

                As Donald Trump and Ted Cruz led the field before the Iowa caucuses Feb. 1, those trailing them heaped criticism on the president and his former secretary of State.

                Cruz, leading narrowly in Iowa polls and focusing most of his time there, questioned Trump's "New York values" and his readiness to be commander in chief.
                """);
        assertThat(Samples.speakerOf(debate, "New York values")).isEqualTo("Ted Cruz");
    }

    @Test
    void theFirstOfTwoCoordinatedSpeechVerbsOpensTheFirstStatementAndAPronounIsNoApposition() throws IOException {
        // Breitbart (AP), "The Latest: Sanders wins Minnesota caucuses" (2016-03-01, training split), three paragraphs
        // in their order. "and said that" opens Rubio's second statement, the first opening after "He said"; "whom he
        // called" is Rubio calling Trump a "con artist", not Trump speaking.
        Annotated latest = annotate("rubio.txt", """
                The Latest: Sanders wins Minnesota caucuses

                Marco Rubio, speaking at a Super Tuesday rally at his hometown in Miami, is criticizing the night’s big winner among Republicans: Donald Trump.

                Rubio said that over the last five days he has begun “to unmask the true nature” of Trump, whom he called a “con artist.”

                He said his recent attacks on Trump have given his campaign momentum and said that Trump did not represent the legacy of the “party of Reagan.”
                """);
        String raw = latest.article().raw();
        assertThat(Samples.quote(latest, "his recent attacks on Trump").span().of(raw)).doesNotContain("represent");
        assertSpeakers(latest, "his recent attacks on Trump", "Marco Rubio",
                "Trump did not represent the legacy", "Marco Rubio");
        assertThat(Samples.speakerOf(latest, "con artist")).isEqualTo("Marco Rubio");
    }

    @Test
    void whatAPersonSaysOfHerselfGivesHerGender() throws IOException {
        // Breitbart (AP), "The Latest: Trump urges supporters …" (2016-09-30), four paragraphs in their order:
        // "Clinton says she was awake" makes Clinton a woman, so "He says" is Trump, not the last person named.
        Annotated latest = annotate("microphone.txt", """
                The Latest: Trump urges supporters to monitor polling places

                Donald Trump is raising questions about his microphone problems during Monday’s debate with Hillary Clinton.

                He notes that the Commission on Presidential Debates announced earlier Friday that there was an issue with Trump’s microphone. His audio was quieter at times than Clinton’s inside the debate hall.

                He says, “Working that microphone was a hell of a lot more difficult than working Crooked Hillary Clinton.”

                Trump has tried to use the ad against Clinton, accusing her of being asleep when late-night calls came in during the attack on the U.S. compound in Benghazi. Clinton says she was awake all night after the attacks.
                """);
        assertThat(Samples.speakerOf(latest, "Working that microphone")).isEqualTo("Donald Trump");
    }

    @Test
    void aVerbAfterAndSharesTheSubjectOpeningItsSentence() throws IOException {
        // Breitbart (AP), "The Latest: Sanders wins Minnesota Democratic caucuses." (2016-03-01, training split), two
        // paragraphs in their order: Graham, not Hillary Clinton named before "and said", says the party will lose.
        Annotated latest = annotate("graham.txt", """
                The Latest: Sanders wins Minnesota Democratic caucuses.

                Republican South Carolina Sen. Lindsey Graham says the only way to stop Donald Trump from becoming the GOP nominee and winning the general election may be to rally behind Texas Sen. Ted Cruz.

                Graham called both Trump and Democratic front-runner Hillary Clinton “crazy” and said the Republican party is bound to lose to Clinton if an alternative to Trump is not found.
                """);
        assertThat(Samples.speakerOf(latest, "the Republican party is bound to lose")).isEqualTo("Lindsey Graham");
    }

    @Test
    void aStatementInARelativeClauseAndTheMainClausesAreBothTheAntecedents() throws IOException {
        // The New York Times, "Traditionally Democrat, unions are noticing Trump." (2016-01-30, training split), one
        // paragraph: Leenders estimated, and said he voted; "Trump", named in the relative clause, said neither.
        Annotated unions = annotate("leenders.txt", """
                Traditionally Democrat, unions are noticing Trump.

                ''We like that he does not support T.P.P., that he has taken the position that there should be trade tariffs for a company that moves jobs overseas,'' said Ryan Leenders, 30, a member of the International Association of Machinists in Washington State. Mr. Leenders, who estimated that one-quarter to one-third of his union's workers were Trump supporters, said he voted for Mr. Obama in 2008 and wrote in Ron Paul in 2012.
                """);
        assertThat(Samples.speakerOf(unions, "one-quarter to one-third")).isEqualTo("Ryan Leenders");
        Quote voted = Samples.quote(unions, "he voted for Mr. Obama");
        assertThat(voted.speaker().name()).isEqualTo("Ryan Leenders");
        assertThat(voted.span().of(unions.article().raw())).doesNotContain("estimated");
        // The New York Times, "Terrorism moves to fore of U.S. campaign;" (2015-11-17, training split), two
        // paragraphs in their order: Carson's claim ends before ", and Donald J. Trump, who suggested …".
        Annotated terrorism = annotate("carson.txt", """
                Terrorism moves to fore of U.S. campaign;

                Bernie Sanders dispensed with the threat from the Islamic State in two sentences at the start of the Democratic debate before abruptly pivoting to the dangers of a ''rigged economy.'' Ben Carson struggled to answer a simple question on Sunday about how he would form a coalition to fight the militant group. And Marco Rubio, after pushing out a new video about the ''clash of civilizations,'' revamped his plans for an important Monday appearance before a group of executives on the assumption that terrorism, not tax rates, would be their most pressing concern.

                Less than three months before the Iowa caucuses, the attack may prompt some Democrats who have had misgivings about Hillary Rodham Clinton to come to terms with her given the potential for a general election overshadowed by terrorism. Republicans, whose primary is far more volatile, may now ask whether candidates like Mr. Carson, who claimed at one point that China was becoming involved in Syria, and Donald J. Trump, who suggested the battle against the Islamic State could be left to Russia, are wise choices in a world where Western capitals can be made into killing fields.
                """);
        Quote china = Samples.quote(terrorism, "China was becoming involved in Syria");
        assertThat(china.speaker().name()).endsWith("Carson");
        assertThat(china.span().of(terrorism.article().raw())).doesNotContain("Trump");
    }

    @Test
    void aConditionAfterTheSpeechVerbOpensReportedSpeech() throws IOException {
        // HuffPost, "Bernie Sanders Promises Action On Immigration In First 100 Days As President." (2015-11-09,
        // training split), two paragraphs in their order.
        Annotated promises = annotate("sanders.txt", """
                Bernie Sanders Promises Action On Immigration In First 100 Days As President.

                Democratic presidential candidate Bernie Sanders promised Monday to begin taking executive action on immigration reform during the first 100 days of his presidency, including sweeping deportation relief that would go beyond the policies of President Barack Obama.

                Sanders said if he were president, DACA and DAPA would be supplemented by deportation relief for parents of DACA recipients, along with other family members and anyone who would have been eligible for legal status under the 2013 immigration reform bill that passed the Senate but never got a vote in the House.
                """);
        Quote relief = Samples.quote(promises, "if he were president");
        assertThat(relief.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(relief.speaker().name()).isEqualTo("Bernie Sanders");
        assertThat(relief.span().of(promises.article().raw())).contains("DACA and DAPA would be supplemented");
    }

    @Test
    void aQuestionPutAndWhatWasToldAfterALongListenerAreReportedSpeech() throws IOException {
        // The New York Times, "Personal touch helps boutique banks run with the big dogs" (2016-01-07, training
        // split), two paragraphs in their order: Rubin asked a question.
        Annotated banks = annotate("rubin.txt", """
                Personal touch helps boutique banks run with the big dogs;

                In a pink marble New York skyscraper opposite the Museum of Modern Art, 20 summer analysts at the investment bank Centerview Partners listened while Robert E. Rubin, the former Treasury secretary, opined on the state of the world.

                The conversation meandered from United States foreign policy to the Greek debt crisis. Then Mr. Rubin asked the students if they were always so preternaturally serious.
                """);
        Quote question = Samples.quote(banks, "if they were always so preternaturally serious");
        assertThat(question.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(question.speaker().name()).isEqualTo("Robert E. Rubin");
        // Breitbart (AP), "The Latest: Hillary Clinton tells voters she’s with them." (2016-02-20, training split),
        // two paragraphs in their order: the listener, "The Post and Courier newspaper of Charleston on Saturday",
        // stands between "told" and "that".
        Annotated latest = annotate("wilson.txt", """
                The Latest: Hillary Clinton tells voters she’s with them.

                The latest is Rep. Joe Wilson, the South Carolina congressman who gained national attention in 2009 when he yelled “You lie!” at President Barack during the chief executive’s first annual address to Congress.

                Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio. Wilson praised Rubio’s positions on national defense and said the Florida senator can “bring positive change” to Washington.
                """);
        assertThat(Samples.speakerOf(latest, "he cast his ballot for Rubio")).isEqualTo("Joe Wilson");
    }

    @Test
    void aSentenceAdverbOrAPartyBeforeANameIsNoPartOfIt() throws IOException {
        // Breitbart (AP), "Trump, Ryan, pledge to work together; endorsement may come." (2016-05-12, training split),
        // two paragraphs in their order: "Yet Trump" is Donald Trump.
        Annotated pledge = annotate("pledge.txt", """
                Trump, Ryan, pledge to work together; endorsement may come.

                WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together despite their differences after a meeting Thursday aimed unifying a party torn over Trump’s rise to the cusp of the Republican presidential nomination. The speaker appeared closer to offering a full-throated endorsement.

                Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said Thursday his biggest worry about Trump is that he is “‘unpredictable.” Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”
                """);
        assertThat(pledge.people()).extracting(Person::name).contains("Donald Trump")
                .noneMatch(name -> name.startsWith("Yet "));
        // The Washington Post, "Voters skeptical as Clinton vows change." (2016-06-01, training split), two
        // paragraphs in their order: "Republican Donald Trump" is Donald Trump, who calls for a cheerleader.
        Annotated voters = annotate("cheerleader.txt", """
                Voters skeptical as Clinton vows change.

                That sentiment encapsulates one of Clinton's biggest vulnerabilities in a general election against Republican Donald Trump that she otherwise is well positioned to win. Polls show that a large majority of voters believe that the country is going in the wrong direction and that the political system is dysfunctional. They are hungry for change - and they see Trump as most likely to deliver it.

                Trump said that what the United States needs most is "spirit" and that only an outsider like himself could bring it. "Our country needs a cheerleader," he said. "We're down - and if we have her, we're going to be out."
                """);
        assertThat(Samples.speakerOf(voters, "Our country needs a cheerleader")).isEqualTo("Donald Trump");
    }

    @Test
    void aFragmentInASentenceOpeningWithAnHonorificAndANameIsThatPersons() throws IOException {
        // The New York Times, "Ryan calls Trump line 'racist,' but backs him;" (2016-06-09, training split), title and
        // one paragraph: the second fragment is said by "Ms. Capito", named with her honorific.
        Annotated ryan = annotate("capito.txt", """
                Ryan calls Trump line 'racist,' but backs him;

                Dashing into a closed-door luncheon of senators, Senator Shelley Moore Capito, Republican of West Virginia, called over her shoulder, ''His comments are not helping.'' But Ms. Capito also said in an interview that in her economically depressed state, ''there is a huge degree of pessimism.''
                """);
        assertThat(Samples.speakerOf(ryan, "there is a huge degree of pessimism")).isEqualTo("Shelley Moore Capito");
    }

    @Test
    void asSomeonePutItAndGloatedIntroduceAQuotation() throws IOException {
        // The New York Times, "Immigrants can find way in America;" (2015-12-10, training split), title and two
        // paragraphs in their order.
        Annotated immigrants = annotate("foner.txt", """
                Immigrants can find way in America;

                Richard Alba and Nancy Foner, sociologists at the City University of New York, just published the book ''Strangers No More,'' (Princeton University Press). They compare the challenges facing low-status immigrants in North America and Western Europe. In the end, they do not make a definitive call on which experience is better.

                As Professor Foner put it: ''The United States does a better job at accepting immigrants as Americans in the making.''
                """);
        assertThat(Samples.speakerOf(immigrants, "The United States does a better job")).isEqualTo("Nancy Foner");
        // The New York Times, "Rubio is tested as Republican rivals sense vulnerabilities." (2016-02-09, training
        // split), title and two paragraphs in their order: Christie gloated, not Jeb Bush named before.
        Annotated rubio = annotate("christie.txt", """
                Rubio is tested as Republican rivals sense vulnerabilities.

                Jeb Bush, the former Florida governor, who has resented Mr. Rubio's glide path as he has struggled, called his rival ''totally scripted and kind of robotic.''

                And Mr. Christie gloated: ''I told you he wouldn't be ready.''
                """);
        assertThat(Samples.speakerOf(rubio, "I told you he wouldn't be ready")).endsWith("Christie");
    }

    @Test
    void anOutletNamedAfterAConjunctionBeforeAColonSpeaks() throws IOException {
        // Breitbart, "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA." (2015-11-18, training split),
        // title and two paragraphs in their order.
        Annotated nra = annotate("nra.txt", """
                NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.

                The New York Times made these same allegations against the NRA in February, and Breitbart News responded:

                "If there are people in this country who are believed to be so prone to terror attacks that we have to keep them away from firearms–or keep firearms away from them–the solution is not to punish the hundreds of millions of law-abiding Americans via the passage of more gun control. Rather, it is to deport or lock up those who pose a threat to society, whatever the case may be."
                """);
        assertThat(Samples.speakerOf(nra, "If there are people in this country")).isEqualTo("Breitbart News");
    }

    @Test
    void aVerbOpeningAParagraphBeforeItsSubjectAndAColonIntroducesTheNextQuotation() throws IOException {
        // Breitbart, "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines." (2016-08-08, training split), title
        // and four paragraphs in their order.
        Annotated stone = annotate("stone.txt", """
                EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.

                There is serious concern about voter fraud and the manipulation of voting machines in the upcoming presidential election, Donald Trump’s longtime confident Roger Stone stated.

                Stone was speaking in an interview on this reporter’s talk radio program, “Aaron Klein Investigative Radio,” broadcast on New York’s AM 970 The Answer and NewsTalk 990 AM.

                Stated Stone:

                “I think that the stakes are so high – and Donald Trump has made it pretty clear that if he is elected president he will seek the prosecution of Bill, Hillary, and Chelsea – that they would do anything necessary to remain in power. For anybody who thinks that election fraud is not common in this country, the voting machine today is merely a computer. And all computers can be rigged to have a predetermined outcome.”
                """);
        assertThat(Samples.speakerOf(stone, "I think that the stakes are so high")).isEqualTo("Roger Stone");
    }

    @Test
    void aTrailingAttributionMayNameWhereItWasSaid() throws IOException {
        // Breitbart (AFP), "Obama to frame election as ‘commander-in-chief’ test." (2016-07-27, training split), title
        // and three paragraphs in their order: "…, she said in a video message to the convention." is Clinton's.
        Annotated obama = annotate("crack.txt", """
                Obama to frame election as ‘commander-in-chief’ test.

                Philadelphia (AFP) – US President Barack Obama will spearhead a Democratic effort to paint Donald Trump as unfit to be commander-in-chief Wednesday, contrasting the Republican nominee with his vastly more experienced rival Hillary Clinton.

                Clinton on Tuesday became the first woman to win the presidential nomination of a major US political party, teeing up the November showdown with Trump.

                Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message to the convention.
                """);
        Quote crack = Samples.quote(obama, "Democrats had");
        assertThat(crack.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(crack.speaker().name()).isEqualTo("Hillary Clinton");
        assertThat(crack.span().of(obama.article().raw())).doesNotContain("video");
    }

    @Test
    void aNameAfterTheDescriptionOfAnInvertedIncisesSubjectSpeaks() throws IOException {
        // The New York Times, "Attacks renew bitter debate on migrants;" (2016-03-23, training split), title and two
        // paragraphs in their order: "said another Twitter user, Johanna Bayer." is Johanna Bayer's, not the last
        // poster named before.
        Annotated attacks = annotate("bayer.txt", """
                Attacks renew bitter debate on migrants;

                The response was fast and fierce. ''Whoever opens the borders and supports uncontrolled immigration, giving terrorists free run, has no place pretending here!'' wrote a man calling himself Paul Paul. Another user, Roland Z, wrote of Ms. Merkel: ''Your boss is still bringing these Islamists to Germany in hordes.'' Eva-Maria Schultheis posted: ''Ms. Merkel welcomed them all with open arms and this is what it has led to.''

                Even those not directly blaming the migrants or the politicians showed the strain of attacks four months apart on public places in major European cities. ''We're anxious,'' said another Twitter user, Johanna Bayer. ''Paris-Brussels - the attacks are getting ever closer.''
                """);
        assertThat(Samples.speakerOf(attacks, "We're anxious")).isEqualTo("Johanna Bayer");
    }

    @Test
    void aVenueIsNoPersonAndSaysNothing() throws IOException {
        // The New York Times, "Sisterhood of the Skateboard." (2016-07-31, training split), title and first paragraph:
        // the boy shouts, not Yankee Stadium, the last name before the quotation.
        Annotated skate = annotate("brujas.txt", """
                Sisterhood of the Skateboard.

                Early one evening in June, River Avenue Skate Park in the Bronx was reverberating with its usual medley of screeching from the elevated No. 4 train and scattered applause from Yankee Stadium, when a young boy shouted, ''Brujas coming, yo!''
                """);
        assertThat(skate.people()).extracting(Person::name).doesNotContain("Yankee Stadium");
        assertThat(Samples.speakerOf(skate, "Brujas coming, yo!")).isNotEqualTo("Yankee Stadium");
    }

    @Test
    void whereItWasWrittenMayHoldAYearBeforeThat() throws IOException {
        // HuffPost, "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story." (2015-11-08, training
        // split), title and two paragraphs in their order.
        Annotated carson = annotate("autobiography.txt", """
                Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.

                GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday to accusations that he exaggerated details of his life story, from claiming he was offered a full scholarship to West Point to recounting a time he was praised for his honesty in college.

                Carson wrote in his 1990 autobiography that he’d been named the most honest student in a Yale psychology class, “Perceptions 301,” because he was the only one not to walk out after the professor hoaxed the class by telling them they’d have to retake their final exams.  However, a Wall Street Journal article published Friday found no record of the class nor of a Yale Daily News article that Carson said was written about the incident.
                """);
        Quote honest = Samples.quote(carson, "he’d been named the most honest student");
        assertThat(honest.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(honest.speaker().name()).isEqualTo("Ben Carson");
    }

    @Test
    void whereTheListenerWasToldIsNoStatement() throws IOException {
        // Breitbart (AFP), "Mexican anchor crosses swords with Donald Trump." (2016-04-12, training split), title and
        // two paragraphs in their order: "told AFP in an interview in Mexico City on Monday" reports nothing.
        Annotated anchor = annotate("ramos.txt", """
                Mexican anchor crosses swords with Donald Trump.

                The jaw-dropping scene played out on live television in August, when White House hopeful Donald Trump threw famous Mexican-American reporter Jorge Ramos out of a news conference.

                “We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP in an interview in Mexico City on Monday.
                """);
        assertThat(Samples.speakerOf(anchor, "We were tremendously wrong")).isEqualTo("Jorge Ramos");
        assertThat(anchor.quotes()).extracting(q -> q.span().of(anchor.article().raw()))
                .noneMatch(text -> text.startsWith("an interview"));
    }

    @Test
    void aSpeechVerbFormAfterADeterminerOrAQuantifierIsANoun() throws IOException {
        // Breitbart (AP), "The Latest: Sanders declares ‘revolution,’ ignores losses." (2016-03-15, training split),
        // title and one paragraph: "won the state in 2008 but lost it" states nothing.
        Annotated latest = annotate("state.txt", """
                The Latest: Sanders declares ‘revolution,’ ignores losses.

                North Carolina will also be considered a key battleground state in the general election. President Barack Obama won the state in 2008 but lost it to Mitt Romney four years later.
                """);
        assertThat(latest.quotes()).isEmpty();
        // HuffPost, "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump." (2016-03-09, training split),
        // title and two paragraphs in their order: "failed to win any states" states nothing either.
        Annotated fiorina = annotate("idaho.txt", """
                Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump.

                Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) Wednesday, saying it is time to have a “real constitutional conservative in the White House.”

                Despite his dislike for the establishment, Cruz is increasingly trying to encourage the establishment wing of his party that he is the best alternative to Trump. Cruz picked up a win in Idaho Tuesday night, while Sen. Marco Rubio (R-Fla.) and Ohio Gov. John Kasich (R) failed to win any states. They are largely banking on winning their delegate-rich home states in upcoming contests.
                """);
        assertThat(fiorina.quotes()).extracting(q -> q.span().of(fiorina.article().raw()))
                .noneMatch(text -> text.startsWith("Cruz picked up a win"));
    }

    @Test
    void anAdverbBeforeTheSpeechVerbIsNoPartOfTheSubject() throws IOException {
        // Breitbart, "Republican Presidential Candidates Give Calculated Super Bowl Predictions." (2016-02-06, training
        // split), title and two paragraphs in their order: "Cruz openly admitted that" is Cruz's, not "Cruz openly"'s.
        Annotated bowl = annotate("openly.txt", """
                Republican Presidential Candidates Give Calculated Super Bowl Predictions.

                Donald Trump went with the odds, pointing out that North Carolina would win – even though he picked Peyton Manning to win in an interview on last Sunday’s interview on CBS Face the Nation.

                Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary in South Carolina. “With an eye to February 20th, Carolina,” he said.
                """);
        assertThat(Samples.speakerOf(bowl, "his pick was politically motivated")).isEqualTo("Cruz");
    }

    @Test
    void aQuestionOpeningTheSentenceLeavesTheStatementAfterItsComma() throws IOException {
        // HuffPost (Reuters), "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’" (2016-07-31,
        // training split), title, first paragraph and the sixth, in their order.
        Annotated hacked = annotate("asked.txt", """
                Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’

                WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian intelligence services hacked into Democratic National Committee computers and she accused Republican contender Donald Trump of showing support for Russian President Vladimir Putin.

                Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump to that conclusion.
                """);
        Quote conclusion = Samples.quote(hacked, "she was not going to jump to that conclusion");
        assertThat(conclusion.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(conclusion.speaker().name()).endsWith("Clinton");
    }

    @Test
    void theSubjectOfAParticipleEndsBeforeItsOwnVerb() throws IOException {
        // Breitbart (UPI), "Clinton camp: Trump’s Islamaphobia threatens national security." (2015-12-07, PolNeAR
        // training split), title and first paragraph.
        Annotated camp = annotate("rallied.txt", """
                Clinton camp: Trump’s Islamaphobia threatens national security.

                WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”
                """);
        assertThat(Samples.speakerOf(camp, "We have to be ready to stop him.")).isEqualTo("Hillary Clinton’s right-hand woman");
        // HuffPost, "U.S. Flexes Muscles As Asia Worries About South China Sea Row." (2016-06-04, same split), title
        // and a paragraph.
        Annotated row = annotate("responded.txt", """
                U.S. Flexes Muscles As Asia Worries About South China Sea Row.

                A Chinese official responded by saying Japan should be careful “not to interfere and stir up problems” in the waterway, while China’s foreign ministry also weighed in regarding the U.S. and Japanese comments.
                """);
        assertThat(Samples.speakerOf(row, "not to interfere")).isEqualTo("A Chinese official");
    }

    @Test
    void anAdverbBetweenCommasIsNoSubject() throws IOException {
        // Politico, "Republicans ask DOJ to investigate Clinton for perjury." (2016-07-11, PolNeAR training split),
        // title and a paragraph.
        Annotated perjury = annotate("however.txt", """
                Republicans ask DOJ to investigate Clinton for perjury.

                While Comey said there was clear evidence that Clinton was “extremely careless” and mishandled classified information, he said there’s no precedent for prosecuting a case like Clinton's without evidence of her intent to violate the law. The two lawmakers, however, argue that “there is precedent for prosecution," citing an instance in which a Marine was found guilty of "gross negligence."
                """);
        assertThat(Samples.speakerOf(perjury, "there is precedent for prosecution")).isEqualTo("two lawmakers");
    }

    @Test
    void aParagraphOpeningWithItsOwnStatementIsNoInciseOfTheQuotationBefore() throws IOException {
        // Politico, "Atlantic City officials welcome Trump-Clinton fight over their misfortune." (2016-07-06, PolNeAR
        // training split), title and two consecutive paragraphs: Sweeney's paragraph reports his own words.
        Annotated city = annotate("sweeney.txt", """
                Atlantic City officials welcome Trump-Clinton fight over their misfortune.

                “In the primary debates he pooh-poohed this Atlantic City bankruptcy as normal business,” said Sen. Jim Whelan who represents Atlantic City and served as its mayor for many years. “But it was a big deal for the businesses that went under and the people who went under.”

                State Senate President Steve Sweeney, who also serves as a top official in the state iron workers union, said contractors eventually built a Trump cushion into their bids.
                """);
        assertSpeakers(city, "But it was a big deal", "Jim Whelan", "contractors eventually built", "Steve Sweeney");
    }

    /**
     * The speaker after a quotation's closing mark, however the mark and the name are written. Each article is from
     * PolNeAR's training split, cited with its title and date: the title and the paragraph.
     */
    @Test
    void theSpeakerAfterTheClosingMarkWhateverTheMarkOrTheNameLooksLike() throws IOException {
        // The New York Times, "Visa screening missed attacker's zealotry." (2015-12-14): a name ending with "Jr.".
        Annotated visa = annotate("verdery.txt", """
                Visa screening missed attacker's zealotry.

                ''We run people against watch lists, and that's how we decided if they get extra screening,'' said C. Stewart Verdery Jr., a senior homeland security official during George W. Bush's administration. ''In cases where those lists don't hit, there's nothing that distinguishes them from people we would love to welcome to this country.''
                """);
        assertThat(Samples.speakerOf(visa, "We run people against watch lists")).isEqualTo("C. Stewart Verdery Jr");
        // The New York Times, "Sanders advances agenda via side doors;" (2016-03-15): two apostrophes after a space.
        Annotated coalitions = annotate("gunnels.txt", """
                Sanders advances agenda via side doors; 

                ''The reason he has been so successful is that he built very strong left-right coalitions, '' said Mr. Gunnels, who now works on Mr. Sanders's presidential campaign. ''He doesn't see himself as on the left. He sees himself exclusively as fighting for working people.''
                """);
        assertThat(Samples.speakerOf(coalitions, "The reason he has been so successful")).isEqualTo("Gunnels");
        // The New York Times, "Bush's presidential campaign perhaps a last gasp for WASPs." (2016-01-19): a quotation inside the quotation closing with it.
        Annotated oldSchool = annotate("slayton.txt", """
                Bush's presidential campaign perhaps a last gasp for WASPs.

                ''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda, and who is now supporting Senator Marco Rubio. ''Humility is something I love about the Bush family. That's an admirable leadership trait that has been completely lost, at least for many of our candidates.''
                """);
        assertThat(Samples.speakerOf(oldSchool, "I would use the word")).isEqualTo("Gregory W. Slayton");
        // HuffPost, "Here’s Why Winning Iowa Could Break The Election Wide Open For Bernie Sanders." (2016-02-01): an opening curly quote typed for the closing one.
        Annotated iowa = annotate("clyburn.txt", """
                Here’s Why Winning Iowa Could Break The Election Wide Open For Bernie Sanders.

                “The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new and real problems for her here,“ said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.
                """);
        assertThat(Samples.speakerOf(iowa, "The reality is")).isEqualTo("Jim Clyburn");
        // USA Today, "Who scares Americans the most?;" (2016-02-17): an apposition with commas of its own.
        Annotated scares = annotate("bond.txt", """
                Who scares Americans the most?; 

                "Both Donald Trump and (Texas Sen.) Ted Cruz scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview. "We need people who will bring people together rather than further alienate everyone."
                """);
        assertThat(Samples.speakerOf(scares, "Both Donald Trump")).isEqualTo("Harry Bond");
    }

    @Test
    void aNameThatIsTheWholeAppositionSaysWhoTheDescriptionIs() throws IOException {
        // Politico, "Paul Ryan says he's not ready to support Trump." (2016-05-05, PolNeAR training split), title
        // and a paragraph: POLITICO is whom he told.
        Annotated ryan = annotate("kasper.txt", """
                Paul Ryan says he's not ready to support Trump.

                “Eventually, positions are gonna soften on Donald Trump, whether it’s now or two weeks from now or two months from now,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before Ryan’s interview. “That’s inevitable. It’s gonna happen.”
                """);
        assertThat(Samples.speakerOf(ryan, "Eventually, positions are gonna soften")).isEqualTo("Joe Kasper");
        // The New York Times, "Attacks renew bitter debate on migrants;" (2016-03-23, same split).
        Annotated brussels = annotate("seibert.txt", """
                Attacks renew bitter debate on migrants; 

                ''The despicable attacks in Brussels draw us all together: Solidarity with the victims + determination against the terrorists,'' Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.
                """);
        assertThat(Samples.speakerOf(brussels, "The despicable attacks")).isEqualTo("Steffen Seibert");
    }

    @Test
    void anAttributionEndingTheSentenceAfterTheQuotationGoesOn() throws IOException {
        // The New York Times, "Republicans Have Stake in a Deal on a Justice." (2016-03-04, PolNeAR training split),
        // title and a paragraph.
        Annotated justice = annotate("epstein.txt", """
                Republicans Have Stake in a Deal on a Justice.

                ''To see the number of cases that could change with this appointee is stunning,'' since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law and legal institutions at Washington University in St. Louis.
                """);
        assertThat(Samples.speakerOf(justice, "To see the number of cases")).isEqualTo("Lee Epstein");
    }

    @Test
    void aParagraphOfItsOwnAfterADashSignsTheQuotationBefore() throws IOException {
        // The Washington Post, "In the Democrats' debate, some familiar embellishments." (2016-02-05, PolNeAR training
        // split), title and three consecutive paragraphs.
        Annotated debate = annotate("signed.txt", """
                In the Democrats' debate, some familiar embellishments.

                "[Americans are] worried about the future of their kids, and yet almost all new income and wealth is going to the top 1 percent."

                - Bernie Sanders.

                The senator is relying on an outdated statistic. The numbers changed over the summer, as Sanders has sometimes acknowledged. But in this debate, he seems to have lapsed into using an old talking point.
                """);
        assertThat(Samples.speakerOf(debate, "[Americans are] worried")).isEqualTo("Bernie Sanders");
    }

    @Test
    void pointingOutReportsSpeech() throws IOException {
        // HuffPost, "Chuck Grassley Compares Trump’s Racism To Sonia Sotomayor Celebrating Diversity." (2016-06-08,
        // PolNeAR training split), title and a paragraph.
        Annotated grassley = annotate("pointed.txt", """
                Chuck Grassley Compares Trump’s Racism To Sonia Sotomayor Celebrating Diversity.

                Sotomayor’s sentiments couldn’t be more different from Trump’s. She’s describing the benefits of diversity on the federal bench, while Trump is arguing that a federal judge can’t be relied on to do his job because of his ethnicity. As House Speaker Paul Ryan (R-Wis.) has pointed out, that’s basically the “textbook definition” of racism.
                """);
        assertThat(Samples.speakerOf(grassley, "textbook definition")).isEqualTo("Paul Ryan");
    }

    @Test
    void theNameTheAppositionsFollowIsTheSubject() throws IOException {
        // The New York Times, "For pope, it's bigger than Trump;" (2016-02-20, PolNeAR training split), title and a
        // paragraph: the recogniser takes the newspaper's name for a person's.
        Annotated pope = annotate("vian.txt", """
                For pope, it's bigger than Trump; 

                Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was ''both religious and political.'' Pope John Paul II is a famously political pope for his role during the Cold War in helping to bring down the Iron Curtain that divided East from West. Francis, born in Argentina, has a different focus.
                """);
        assertThat(Samples.speakerOf(pope, "both religious and political")).isEqualTo("Giovanni Maria Vian");
    }

    @Test
    void aSpeechVerbFormAfterAPossessiveIsANoun() throws IOException {
        // Breitbart, "Trump demands Ginsburg resign for criticizing him as unfit." (2016-07-13, PolNeAR training
        // split), title and a paragraph: "comments" is Ginsburg's, not a verb of hers.
        Annotated ginsburg = annotate("comments.txt", """
                Trump demands Ginsburg resign for criticizing him as unfit.

                House Speaker Paul Ryan told CNN Tuesday that Ginsburg’s comments “shows bias to me.”
                """);
        assertThat(Samples.speakerOf(ginsburg, "shows bias to me.")).isEqualTo("Paul Ryan");
    }

    @Test
    void theWordsBeforeATrailingAttributionAreNoAntecedentOfIt() throws IOException {
        // The Washington Post, "Staffer who set up Clinton email server gets immunity." (2016-03-03, PolNeAR training
        // split), title and three consecutive paragraphs: "a former official" is no apposition to the Justice
        // Department that ends what was said.
        Annotated immunity = annotate("official.txt", """
                Staffer who set up Clinton email server gets immunity.

                Former federal prosecutor Glen Kopp said it is not surprising that agents want to interview Clinton and her aides.

                "They are within the zone of interest of the investigation," he said.

                A request to interview her would have to be reviewed by top level officials at both the FBI and the Justice Department, a former official said.
                """);
        assertThat(Samples.speakerOf(immunity, "A request to interview her")).isEqualTo("a former official");
    }

    @Test
    void someoneOfAKindTheArticleDoesNotNameSpeaks() throws IOException {
        // HuffPost, "These Are The People Missing In The EgyptAir Plane Crash." (2016-05-19, PolNeAR training split),
        // title and three consecutive lines.
        Annotated crash = annotate("friend.txt", """
                These Are The People Missing In The EgyptAir Plane Crash.

                Pierre Heslouin, 74
                Heslouin, a Frenchman, was traveling to spend time with his 41-year-old son, and leaves behind four other children and nine grandchildren.
                “He was a man of great quality who, outside of his professional obligations, had social and associative engagements,” a friend said on Facebook. “You will stay in our memories and our hearts.”
                """);
        assertThat(Samples.speakerOf(crash, "He was a man of great quality")).isEqualTo("a friend");
    }

    @Test
    void anUnnamedSpeakersNameEndsBeforeItsRelativeClause() throws IOException {
        // The New York Times, "Terrorists mock bids to block them online." (2015-12-09, PolNeAR training split), title
        // and a paragraph.
        Annotated online = annotate("anonymity.txt", """
                Terrorists mock bids to block them online.

                Conversations between government officials and tech companies have been going on for more than a year, but since the mass shootings in San Bernardino and Paris, ''there has been a reintensified or reinvigorated engagement,'' according to a senior administration official who spoke on the condition of anonymity.
                """);
        assertThat(Samples.speakerOf(online, "there has been a reintensified"))
                .isEqualTo("a senior administration official");
    }

    @Test
    void aPronounAfterAnAttributionNamingTheSpeakerLastIsTheSpeaker() throws IOException {
        // USA Today, "Sanders will back Clinton, eventually, former rival says." (2016-04-26, PolNeAR training split),
        // title, first paragraph and tenth: Clinton is named after the first quotation, Kunin after Clinton.
        Annotated kunin = annotate("kunin.txt", """
                Sanders will back Clinton, eventually, former rival says.

                Bernie Sanders will throw his support behind Hillary Clinton before the Democratic Party's nominating convention, predicted Madeleine Kunin, the former Vermont Democratic governor challenged by Sanders 30 years ago.

                "This will be a challenge" for Clinton, said Kunin. "She can never be as far left as Bernie," she said, recalling her own experience: "I'm not sure he damaged me, but he certainly took my attention away from where it should have been." Because of Clinton's lack of support from young voters, "she does need him," Kunin said of Sanders. "The great achievement is, he has gotten them out to vote."
                """);
        assertSpeakers(kunin, "This will be a challenge", "Madeleine Kunin",
                "She can never be as far left", "Madeleine Kunin");
    }

    @Test
    void aQuotationAfterACoordinatedVerbIsASecondStatement() throws IOException {
        // The Washington Post, "Opposition appears to win landslide in Burma." (2015-11-10, PolNeAR training split),
        // title and two consecutive paragraphs.
        Annotated burma = annotate("burma.txt", """
                Opposition appears to win landslide in Burma.

                The celebration by NLD supporters came a day after millions in Burma voted peacefully in the country's first democratic elections since 1990. The nation of 51 million, also known as Myanmar, has long been isolated from the world under its repressive military dictatorship.

                Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too early to congratulate winners but added, "I think you all have an idea of the results."
                """);
        assertSpeakers(burma, "it was too early to congratulate winners", "Suu Kyi",
                "I think you all have an idea", "Suu Kyi");
    }

    @Test
    void thoseAPollAskedSpeak() throws IOException {
        // Politico, "Poll: Trump and Clinton hold narrow leads in Pennsylvania." (2016-04-06, PolNeAR training split),
        // title and sixth paragraph.
        Annotated poll = annotate("poll.txt", """
                Poll: Trump and Clinton hold narrow leads in Pennsylvania.

                Among Trump voters, 74 percent said they are set on voting for the real estate mogul, while 22 percent said they might change their mind. For Cruz backers, support is roughly as strong, at 73 percent to 25 percent. Among Kasich supporters, however, 61 percent said they have their minds made up compared to nearly four in 10 — 38 percent — who said they could change their mind.
                """);
        assertSpeakers(poll, "they are set on voting", "74 percent", "they have their minds made up", "61 percent");
    }

    @Test
    void aLineBetweenDashesIsASubheadNotASignature() throws IOException {
        // Breitbart (AFP), "Mexican anchor crosses swords with Donald Trump." (2016-04-12, PolNeAR training split),
        // title, first paragraph and four consecutive ones: "– Ready to quiz Trump –." opens a section.
        Annotated ramos = annotate("subhead.txt", """
                Mexican anchor crosses swords with Donald Trump.

                The jaw-dropping scene played out on live television in August, when White House hopeful Donald Trump threw famous Mexican-American reporter Jorge Ramos out of a news conference.

                Last year, Time magazine named him on its list of the world’s 100 most influential people. Ramos used his acceptance speech to call for the resignation of President Enrique Pena Nieto, but his battles with Trump have garnered more headlines.

                Horrified at the prospect of Trump becoming president, Ramos believes in journalism that “takes sides.”

                – Ready to quiz Trump –.

                Trump said earlier this year that he was willing to accept an interview with the “anchor (not) baby” — a play on words with the phrase “anchor baby,” which backers of tougher immigration laws use to refer to children born on US soil to illegal migrants.
                """);
        assertThat(Samples.speakerOf(ramos, "takes sides.")).isEqualTo("Jorge Ramos");
    }

    @Test
    void aDescriptionEndsBeforeItsVerbAndAParticipleAfterACommaHasItAsSubject() throws IOException {
        // Breitbart (AP), "The Latest: Kasich scores all 66 delegates after Ohio win." (2016-03-15, PolNeAR training
        // split), title, sixth paragraph, four consecutive ones and the ninety-first, in their order: "The Florida
        // senator sought to …" is Rubio ("Florida Sen. Marco Rubio"), the subject of "saying" after the comma.
        Annotated latest = annotate("senator.txt", """
                The Latest: Kasich scores all 66 delegates after Ohio win.

                Marco Rubio has more delegates than Kasich has, and the Florida senator suspended his campaign Tuesday night.

                8:45 p.m.

                Marco Rubio spoke over boos from the audience as he congratulated Florida primary winner Donald Trump. Rubio offered the crowd an emotional evaluation on the state of politics in the United States Tuesday as he ended his bid for the White House.

                The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up” at his rally, a swipe at the recent disturbances at some of Trump’s rallies.

                He said that he would offer “a prayer” for the eventual Republican nominee but did not suggest it would be Trump, who has a significant delegate lead over Ted Cruz and John Kasich. He has waffled of late as to whether he would support Trump if the celebrity businessman became the Republican standard-bearer.

                For Trump, the Republican front-runner, Florida’s all-or-nothing contest represents a momentous win, giving him 99 additional delegates — the largest in the quintet of contests taking place Tuesday. His victory deals a devastating blow to Florida Sen. Marco Rubio, who many in the Republican establishment had backed in the hope of derailing Trump’s dash to the nomination.
                """);
        assertSpeakers(latest, "the person would", "Marco Rubio", "he would offer", "Marco Rubio");
    }

    @Test
    void anEditorialSpeaks() throws IOException {
        // The Western Journal, "Newspaper Says Clinton Needs To Quit Political Calculations, Show Compassion For
        // Louisiana." (2016-08-27, PolNeAR training split), title and four consecutive paragraphs.
        Annotated editorial = annotate("editorial.txt", """
                Newspaper Says Clinton Needs To Quit Political Calculations, Show Compassion For Louisiana.

                That did not set well with the editors of The Advocate, who aimed their Friday editorial at Clinton.

                “If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the editorial read.

                The newspaper said that given the extensive nature of the damage, whoever the next president is should know about it first hand.

                “That’s reason enough for Clinton to visit the state and see the damage for herself, and she’s made a bad decision in avoiding Louisiana since the waters receded,” the editorial said.
                """);
        assertThat(Samples.speakerOf(editorial, "That’s reason enough for Clinton")).isIn("editorial", "The Advocate");
    }

    @Test
    void aPluralPronounIsTheGroupThatSpokeJustBefore() throws IOException {
        // The New York Times, "U.S. presses for truce in Syria despite policy snags;" (2016-09-06, PolNeAR training
        // split), title and a paragraph.
        Annotated truce = annotate("analysts.txt", """
                U.S. presses for truce in Syria despite policy snags;

                Military analysts say Mr. Putin would recognize the folly in waging an open-ended war in Syria, and in having to prop up Mr. Assad indefinitely. Russia's military successes in Syria since the campaign began last year, they said, could be solidified by a political settlement, and Moscow could gradually extricate itself from direct military involvement.
                """);
        assertSpeakers(truce, "Mr. Putin would recognize", "Military analysts",
                "Russia's military successes", "Military analysts");
    }

    @Test
    void theAttributionBetweenTwoQuotationsMayHoldAnApposition() throws IOException {
        // Politico, "Paul Ryan says he's not ready to support Trump." (2016-05-05, PolNeAR training split), title
        // and two consecutive paragraphs: the next paragraph's subject is not the speaker of the second quotation.
        Annotated ryan = annotate("hough.txt", """
                Paul Ryan says he's not ready to support Trump.

                “He does need to come up with that statement,” said Bruce Hough, the Republican National Committeeman from Utah. “I think Paul Ryan is using his position of leadership to say, this is a great time to really show everyone that you can unify the party by delivering the right messages and delivering them the right way.”

                One operative inside Trump Tower tried to downplay Ryan’s comments, saying they were “not a big deal around here.”
                """);
        assertThat(Samples.speakerOf(ryan, "I think Paul Ryan is using")).isEqualTo("Bruce Hough");
    }

    @Test
    void aNameBeforeATitleQualifiesItAndTheNameAfterIsTheSpeaker() throws IOException {
        // The Washington Post, "'Thin-skinned' Trump quells critics with threats, lawsuits." (2016-07-15, PolNeAR
        // training split), title and two consecutive paragraphs.
        Annotated hicks = annotate("hicks.txt", """
                'Thin-skinned' Trump quells critics with threats, lawsuits.

                "When the agreements are not adhered to, [Trump] will enforce them to the full extent of the law, and Mr. Trump's litigation track record on such matters is outstanding," Garten said.

                Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms. The campaign of presumptive Democratic nominee Hillary Clinton did not reply to numerous emails asking about its contractual arrangements with staffers.
                """);
        assertThat(Samples.speakerOf(hicks, "all staffers sign NDAs")).isEqualTo("Hope Hicks");
    }

    @Test
    void anAnnouncerSpeaks() throws IOException {
        // Breitbart (AP), "The Latest: Trump urges supporters to monitor polling places." (2016-09-30, PolNeAR
        // development split), title and the fifty-third paragraph.
        Annotated ad = annotate("announcer.txt", """
                The Latest: Trump urges supporters to monitor polling places.

                A memorable Hillary Clinton ad in 2008 questioned whether then-rival Barack Obama was prepared to face emergencies. As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and asleep. Who do you want answering the phone?”
                """);
        assertThat(Samples.speakerOf(ad, "It’s 3 a.m.")).isEqualTo("announcer");
    }

    @Test
    void whenItWasSaidIsNoPartOfTheSubject() throws IOException {
        // The Western Journal, "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate
        // Developers." (2016-10-04, PolNeAR development split), title, third and sixth paragraphs.
        Annotated times = annotate("times.txt", """
                Railing Against Trump, Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers.

                Based on the evidence of a New York Times article founded upon one piece of the Republican presidential nominee’s 1995 state tax return, Sanders on Tuesday said he wants to attack four provisions in the tax code that address how real estate losses are deducted.

                The Times on Saturday wrote that Trump had claimed a loss of $916 million in 1995, which could have allowed him to avoid paying taxes for the next 18 years.
                """);
        assertThat(Samples.speakerOf(times, "Trump had claimed a loss")).endsWith("Times");
    }

    @Test
    void aNameBeforeAModalAfterSaidIsTheClausesSubjectNotTheSpeaker() throws IOException {
        // The Washington Post, "Not just another Trump vendetta." (2016-06-02, PolNeAR training split), title and a
        // paragraph.
        Annotated wheeler = annotate("wheeler.txt", """
                Not just another Trump vendetta.

                Trump is not without recourse if he thinks that Curiel has engaged in misconduct. Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could file a complaint with the federal court of appeals. He said Trump would have to provide evidence that Curiel was biased in his behavior against the real estate mogul and could then proceed with a disqualification motion.
                """);
        assertThat(Samples.speakerOf(wheeler, "Trump could file a complaint")).isEqualTo("Russell Wheeler");
    }

    @Test
    void aNameBeforeAnAuxiliaryAfterSaidIsTheClausesSubjectNotTheSpeaker() throws IOException {
        // The New York Times, "Foundation and donors complicate Clinton's bid;" (2016-08-22, PolNeAR training
        // split), title and a paragraph.
        Annotated foundation = annotate("minassian.txt", """
                Foundation and donors complicate Clinton's bid;

                Craig Minassian, a spokesman for the foundation, said the decision to forgo corporate and foreign money had nothing to do with the emails. The foundation will continue to raise money from American individuals and charities.
                """);
        assertThat(Samples.speakerOf(foundation, "the decision to forgo corporate")).isEqualTo("Craig Minassian");
    }

    @Test
    void theSubjectOfAParticipleAfterAnInciseEndsBeforeItsVerb() throws IOException {
        // HuffPost, "Donald Trump Jacked Up His Campaign’s Trump Tower Rent Once Somebody Else Was Paying It."
        // (2016-08-23, PolNeAR training split), title and the eighteenth paragraph.
        Annotated rent = annotate("rent.txt", """
                Donald Trump Jacked Up His Campaign’s Trump Tower Rent Once Somebody Else Was Paying It.

                “Nobody cares when you’re spending your own money, but when you’re spending the donor’s $27, that could cause problems,” the RNC member said, adding that small donors especially may not be sympathetic to Trump’s extravagance. “Most campaigns run on a much tighter budget.”
                """);
        assertThat(Samples.speakerOf(rent, "small donors especially")).isEqualTo("RNC member");
    }

    @Test
    void oneOrAnotherBringsInSomeoneUnnamedAsAnIndefiniteArticleDoes() throws IOException {
        // Politico, "Insiders: Trump will rebound in New Hampshire." (2016-02-04, PolNeAR training split), title and
        // the sixteenth and seventeenth paragraphs.
        Annotated insiders = annotate("insiders.txt", """
                Insiders: Trump will rebound in New Hampshire.

                “If Hillary does win New Hampshire, it will be by a margin as close as Iowa,” said one New Hampshire Democrat.

                “It’s Bernie’s to lose at this point,” added another New Hampshire Democrat. “The … Clinton team has done what they need to do, and they will execute with aplomb — but it’s a Vermont border state with liberal and libertarian Democratic primary voters. New Hampshire’s large bloc of undeclared voters may choose to take a Republican ballot — if [only] the Dems vote, they will give Clinton a victory. If the undeclared take Dem ballots, Bernie should win by the double digits currently projected.”
                """);
        assertSpeakers(insiders, "If Hillary does win", "one New Hampshire Democrat",
                "It’s Bernie’s to lose", "another New Hampshire Democrat");
        // Breitbart (AP), "Christie’s shell-shocked look stirs mockery, befuddlement." (2016-03-02, PolNeAR training
        // split), title and the fourth paragraph.
        Annotated christie = annotate("christie.txt", """
                Christie’s shell-shocked look stirs mockery, befuddlement.

                His introductory remarks were so subdued and his appearance was so grave that the joke making the rounds on the Internet was that he was a hostage reading a coerced statement. “Gov. Christie, blink twice if you’re in trouble!” one person tweeted.
                """);
        assertThat(Samples.speakerOf(christie, "Gov. Christie, blink twice")).isEqualTo("one person");
    }

    @Test
    void aClauseAfterAlthoughIsASecondStatementAndANameQualifyingANounIsNoAntecedent() throws IOException {
        // The Washington Post, "Netanyahu rejects Trump's remarks about Muslims but will meet with him." (2015-12-10,
        // PolNeAR training split), title, first and seventh paragraphs. The quotation after "although he tweeted"
        // had made the whole sentence a quotation, and "he" had been the Trump of "the Trump meeting".
        Annotated netanyahu = annotate("netanyahu.txt", """
                Netanyahu rejects Trump's remarks about Muslims but will meet with him.

                JERUSALEM - Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump when the Republican presidential front-runner arrives in Israel later this month, Israeli officials said Wednesday.

                Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although he tweeted that he "rejects Donald Trump's latest comments about Muslims."
                """);
        assertSpeakers(netanyahu, "he would go ahead with the Trump meeting", "Benjamin Netanyahu",
                "rejects Donald Trump's latest comments", "Benjamin Netanyahu");
    }

    @Test
    void aSentencesEndIsNoPartOfTheSubjectBeforeASpeechVerb() throws IOException {
        // The Washington Post, "Cruz reboots his attacks on Trump" (2016-02-12, PolNeAR training split), title and
        // the tenth and eleventh paragraphs. "the email read. It stated" had made "email read. It" the speaker.
        Annotated cruz = annotate("cruz.txt", """
                Cruz reboots his attacks on Trump.

                The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show Cruz and Trump are in a two-man race.

                "Friend, let me be blunt. I can beat Hillary Clinton. Donald can't," the email read. It stated that Trump is so rattled by Cruz's "surge in the polls" and victory in Iowa "that he has decided to continue his scorched earth campaign in an attempt to burn down everyone and everything in his path." It said that Trump supports "Hillary-style healthcare" and the procedure sometimes called partial-birth abortion.
                """);
        assertThat(Samples.speakerOf(cruz, "Friend, let me be blunt")).isEqualTo("Cruz");
    }

    @Test
    void aSubjectPronounAndItsVerbAreAClauseReportedWithoutThat() throws IOException {
        // Breitbart (AP), "The Latest: Sanders wins Minnesota Democratic caucuses." (2016-03-01, PolNeAR training
        // split), title and a paragraph.
        Annotated latest = annotate("latest.txt", """
                The Latest: Sanders wins Minnesota Democratic caucuses.

                In Texas, half of GOP primary voters said they were angry.
                """);
        assertThat(Samples.speakerOf(latest, "they were angry")).isEqualTo("half of GOP primary voters");
        // The Washington Post, "After review, Clinton's emails might be released." (2016-07-13, PolNeAR training
        // split), title and the third paragraph.
        Annotated emails = annotate("emails.txt", """
                After review, Clinton's emails might be released.

                Early Tuesday, the State Department disclosed in court that it asked for the return of emails in a letter Friday to the FBI. Later in the day, the FBI said it would cooperate.
                """);
        assertThat(Samples.speakerOf(emails, "it would cooperate")).isEqualTo("FBI");
    }

    @Test
    void accusingBrandingLikeningAndDubbingBringInPartialQuotes() throws IOException {
        // The New York Times, "Trump turns attacks on another Clinton; Onetime friend Bill now fair game as treatment
        // of women enters campaign" (2015-12-31, PolNeAR training split), title (two lines) and a paragraph.
        Annotated clinton = annotate("accused.txt", """
                Trump turns attacks on another Clinton;
                Onetime friend Bill now fair game as treatment of women enters campaign.

                Mr. Trump's turn against the former president started last week when Mrs. Clinton, in response to Mr. Trump's use of a crude sexual reference to describe her loss to Barack Obama in 2008, accused him of having a ''penchant for sexism.''
                """);
        assertThat(Samples.speakerOf(clinton, "penchant for sexism")).isEqualTo("Clinton");
    }

    @Test
    void aDescriptionOfSixWordsNamesTheSpeakerAfterAQuotation() throws IOException {
        // Breitbart (AP), "The Latest: Trump’s leaked taxes not from Connecticut." (2016-10-03, PolNeAR development
        // split), title and the forty-second paragraph.
        Annotated latest = annotate("narrator.txt", """
                The Latest: Trump’s leaked taxes not from Connecticut.

                “You work hard. You pay your taxes. So why didn’t Donald Trump pay his?” a narrator in the Clinton ad asks. The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.
                """);
        assertThat(Samples.speakerOf(latest, "You work hard")).isEqualTo("a narrator");
    }

    @Test
    void aSpeechVerbBeforeAColonInTheNextParagraphBringsInItsOwnQuotation() throws IOException {
        // The Washington Post, "Ivanka Trump champions (some) working moms." (2016-08-09, PolNeAR training split),
        // title and the twenty-third to twenty-fifth paragraphs. "The next day, her Twitter account posted:" had
        // taken the quotation ending the paragraph before.
        Annotated ivanka = annotate("ivanka.txt", """
                Ivanka Trump champions (some) working moms.

                In addition to paid leave, aides say Ivanka Trump also advises her father on issues such as equal pay and child care, reciting input from policy wonks beyond the political realm.

                "Women are paid equally for the work that we do and when a woman becomes a mother, she is supported, not shut out," she said at the Republican convention, referring to her father's employment practices. "As president, my father will change the labor laws that were put into place at a time when women were not a significant portion of the workforce."

                The next day, her Twitter account posted: "Shop Ivanka's look from her #RNC speech."
                """);
        assertSpeakers(ivanka, "As president, my father", "Ivanka Trump", "Shop Ivanka's look", "Ivanka Trump");
    }

    @Test
    void aNounOrParticiplePhraseRightAfterAnOrganisationsNameIsItsApposition() throws IOException {
        // The New York Times, "U.S. to increase overtime eligibility; Business groups criticize move that would benefit
        // millions of salaried staff" (2016-05-19, PolNeAR training split), title and a paragraph.
        Annotated overtime = annotate("overtime.txt", """
                U.S. to increase overtime eligibility;

                A projection by the consulting firm Oxford Economics, prepared for the National Retail Federation, predicted that a ''disproportionate number of workers'' who became eligible for overtime and worked more than 40 hours would ''see their hourly rates decreased by an equal amount, leaving their total annual earnings unchanged.''
                """);
        assertThat(Samples.speakerOf(overtime, "disproportionate number of workers")).isEqualTo("Oxford Economics");
    }

    @Test
    void anInvisibleFormatCharacterBeforeAQuotationIsSpace() throws IOException {
        // The Western Journal, "After ISIS’ Death Order On Down Syndrome Babies, Sarah Palin Unleashed 4 Words On Them."
        // (2015-12-16, PolNeAR training split), title and the eighth to tenth paragraphs, comments copied from
        // Facebook, each opening with a left-to-right embedding mark (U+202A) before its quotation mark.
        Annotated comments = annotate("palin.txt", """
                After ISIS’ Death Order On Down Syndrome Babies, Sarah Palin Unleashed 4 Words On Them.

                \u202A”Sorry Sarah, you should have said ‘over their dead bodies‘, because I know you can handle a gun very well!!” posted Sharon Powers Geyer.

                \u202A”Isis declares death on a lot of people and will burn in hell for all eternity for it cause Gods children are precious to him!!! Thanks Sarah!!!” wrote Pete Hidalgo.

                \u202A”This is why ISIS has to be destroyed. They are evil. Children are gifts from God and are to be protected,” said John Krystek.
                """);
        assertSpeakers(comments, "Sorry Sarah", "Sharon Powers Geyer", "Isis declares death", "Pete Hidalgo",
                "This is why ISIS", "John Krystek");
    }

    @Test
    void aCrowdChantsAndItsNameEndsBeforeAParticiple() throws IOException {
        // The Washington Post, "Phone video is first public look at Charlotte death" (2016-09-25, PolNeAR
        // development split), title and a paragraph.
        Annotated charlotte = annotate("charlotte.txt", """
                Phone video is first public look at Charlotte death.

                While a curfew was announced from midnight to 6 a.m., authorities did not enforce it in the early hours of Friday, even as Charlotte remains under a state of emergency and patrolled by National Guard troops. Protesters marching through the streets chanted "What curfew?" and kept going until nearly 2 a.m. Friday in defiance the curfew.
                """);
        assertThat(Samples.speakerOf(charlotte, "What curfew?")).isEqualTo("Protesters");
    }

    @Test
    void questioningAndPressingAreSpeech() throws IOException {
        // The Western Journal, "Wow: Glenn Beck Just Responded To Palin’s Trump Endorsement With One Brutal Line."
        // (2016-01-20, PolNeAR training split), title and the fourth paragraph.
        Annotated beck = annotate("beck.txt", """
                Wow: Glenn Beck Just Responded To Palin’s Trump Endorsement With One Brutal Line.

                “What was the massive pivot point to make him change so fundamentally?” Beck questioned.
                """);
        assertThat(Samples.speakerOf(beck, "What was the massive pivot point")).isEqualTo("Beck");
        // Politico, "Trump: My immigration plans aren't set in stone." (2016-03-01, PolNeAR training split), title and
        // the eighth to tenth paragraphs.
        Annotated hannity = annotate("hannity.txt", """
                Trump: My immigration plans aren't set in stone.

                “Building it? Not negotiable.”

                “Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some people stay if they register in a period of time?”

                “I would say this,” Trump answered. “We will work out some system that’s fair, but we either have a country or we don’t. We need a border. We need a wall.”
                """);
        assertSpeakers(hannity, "Would it be negotiable", "Hannity", "I would say this", "Trump");
    }

    @Test
    void resultsAndRecordsSpeakForTheirAuthorsAsDocuments() throws IOException {
        // Breitbart, "Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest."
        // (2016-01-23, PolNeAR training split), title and the third and sixth paragraphs.
        Annotated poll = annotate("poll.txt", """
                Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest.

                Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, according to the results.

                According to the results, Clinton increases her lead by one point in a match up with Rubio and Bloomberg.
                """);
        assertSpeakers(poll, "Trump received 37 percent", "results", "Clinton increases her lead", "results");
    }

    @Test
    void anOpeningSingleQuoteTypedForAnApostropheMayStandBetweenTheVerbAndThat() throws IOException {
        // HuffPost, "Here’s Why Winning Iowa Could Break The Election Wide Open For Bernie Sanders." (2016-02-01,
        // PolNeAR training split), title and the twenty-eighth paragraph: "said in ‘08 that".
        Annotated iowa = annotate("iowa.txt", """
                Here’s Why Winning Iowa Could Break The Election Wide Open For Bernie Sanders.

                Rep. Hank Johnson (D-Ga.) said in ‘08 that the early willingness of white voters to back Obama threw previous racial assumptions into doubt. “I do sense that people are aware of a thing that’s occurring in this country, with white folks willing to have a black man represent them. It makes their eyes open wider,” he said. “It does away with the ‘blame game’ and the ‘race card’ and all the previous ways we’ve had of explaining our station in life, if you will. All this is being obliterated right before our eyes. It’s a clean break between the past and the future with an understanding that all of the problems in the world put us all together, regardless of color.”
                """);
        assertThat(Samples.speakerOf(iowa, "the early willingness of white voters")).isEqualTo("Hank Johnson");
    }

    @Test
    void aConditionWithoutItsCommaOpensWhatWasSaid() throws IOException {
        // Breitbart (AP), "The Latest: Trump delivers defense of ‘New York values.’" (2016-04-14, PolNeAR training
        // split), title and a paragraph.
        Annotated latest = annotate("values.txt", """
                The Latest: Trump delivers defense of ‘New York values.’

                Despite challenging the trustworthiness of the Republican majority leader, Cruz said if elected president he could work effectively with GOP leadership. Cruz has railed against what he calls the “Washington cartel” and cast himself as a Washington outsider, despite pursuing support from fellow lawmakers.
                """);
        assertThat(Samples.speakerOf(latest, "if elected president he could work")).isEqualTo("Cruz");
    }

    @Test
    void anOutletThatReportsSomethingIsTheOneClaimingIt() throws IOException {
        // Western Journal, "Media Reports Reveal Reason Behind Trump’s Firing Of Campaign Manager." (2016-06-20,
        // PolNeAR training split), title and three paragraphs in their order: "…, the Post reported, citing another
        // anonymous source." The Post is named as the source too; the one it cites is not the speaker.
        Annotated firing = annotate("firing.txt", """
                Media Reports Reveal Reason Behind Trump’s Firing Of Campaign Manager.

                “What he is saying to operatives is that the critical mass was finally reached with Trump’s kids,” said the second official.

                Members of the Trump family long ago soured on Lewandowski, the Post reported, citing another anonymous source.

                “The kids do not like him, and they’re certainly happy with Manafort. Donald was Corey’s only supporter within Trump Tower,” this source told the Post.
                """);
        assertThat(Samples.speakerOf(firing, "Members of the Trump family long ago")).isEqualTo("Post");
        // The New York Times, "Old hands help Russia navigate US media" (2016-09-19).
        assertThat(realSpeaker("the RT editor in chief, Margarita Simonyan, conveyed")).isEqualTo("New York Times");
    }

    @Test
    void aDescriptionAfterAQuotationIsWhoeverSpokeThoughItsNounIsUnknown() throws IOException {
        // Breitbart (Reuters), "Republican Donor Adelson and Trump May be Aligning on Israel." (2015-12-20, PolNeAR
        // training split), title and three paragraphs in their order: no lexicon knows a tycoon.
        Annotated donor = annotate("donor.txt", """
                Republican Donor Adelson and Trump May be Aligning on Israel.

                MACAU (Reuters) – Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week and that the two American billionaires broached the issue at the heart of Adelson’s political agenda: support for Israel.

                While the mega donor didn’t disclose his degree of backing for the front-runner in the race for the Republican nomination, he did say he found Trump to be “very charming” and called his standing in the crowded candidate field “unheard of.”

                “It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked if he had met Trump, who leads in opinion polls of Republican voters. “He was very charming.”
                """);
        assertThat(Samples.speakerOf(donor, "It was very nice")).isEqualTo("the gambling tycoon");
        // Western Journal, "Anthony Weiner Receives More Bad News After Separation From Wife Huma Abedin." (2016-08-29,
        // PolNeAR training split), title and three paragraphs in their order: a word of the description holds a digit.
        Annotated weiner = annotate("weiner.txt", """
                Anthony Weiner Receives More Bad News After Separation From Wife Huma Abedin.

                If the breakup of his marriage wasn’t bad enough, Weiner also lost two jobs Monday: one as contributor to the Television channel NY1, and the other as a columnist for the New York Daily News.

                “Anthony Weiner is on indefinite leave from the station,” a NY1 representative said in a statement.

                “[W]e won’t be running his columns in the future,” Daily News opinion editor Josh Greenman told The Daily Beast in an email.
                """);
        assertThat(Samples.speakerOf(weiner, "Anthony Weiner is on indefinite leave")).isEqualTo("a NY1 representative");
        assertThat(Samples.speakerOf(weiner, "[W]e won’t be running")).isEqualTo("Josh Greenman");
    }

    @Test
    void anAppositionMayHoldAQuotedNameAndAnAdverbAfterTheVerbOpensNoClause() throws IOException {
        // Breitbart (AP), "Trump fever infects convention finale." (2016-07-21, PolNeAR training split), title and two
        // paragraphs in their order: "“Ted Cruz” campaign pins" inside the apposition; "said matter-of-factly as
        // confetti fluttered down" reports nothing.
        Annotated finale = annotate("finale.txt", """
                Trump fever infects convention finale.

                Not everyone was claiming success.

                “We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him amid the sound of popping balloons underfoot.
                """);
        assertThat(Samples.speakerOf(finale, "We’ve had more successful conventions")).isEqualTo("Bill Eastland");
        assertThat(finale.quotes()).noneMatch(q -> q.span().of(finale.article().raw()).startsWith("matter-of-factly"));
        // USA Today, "Maybe Trump hasn't rewritten rules;" (2016-02-02, PolNeAR training split), title and a
        // paragraph: "said happily on MSNBC as returns came in".
        Annotated rules = annotate("rules.txt", """
                Maybe Trump hasn't rewritten rules; 

                Rubio hoped to emerge as the mainstream alternative to Trump and Cruz, both of whom are viewed with suspicion and worse by the Republican establishment. "If you don't want Ted Cruz or Donald Trump as the nominee, you better get on board with Marco Rubio," spokesman Alex Conant said happily on MSNBC as returns came in.
                """);
        assertThat(Samples.speakerOf(rules, "If you don't want Ted Cruz")).isEqualTo("Alex Conant");
        assertThat(rules.quotes()).noneMatch(q -> q.span().of(rules.article().raw()).startsWith("happily"));
    }

    @Test
    void whateverAShortPhraseAfterAccordingToNamesIsTheSource() throws IOException {
        // USA Today, "Super PAC ad attack coming;" (2015-11-27, PolNeAR training split), title and a paragraph.
        Annotated ads = annotate("ads.txt", """
                Super PAC ad attack coming; 

                A super PAC aligned with Republican Jeb Bush accounts for about 40% of the planned GOP presidential advertising in the state over the next two months. It has spent about $12 million since early September in the Granite State,  according to media trackers.
                """);
        assertThat(Samples.speakerOf(ads, "It has spent about $12 million")).isEqualTo("media trackers");
        // Politico, "Cruz looks to ease bad blood with GOP establishment." (2016-05-31, PolNeAR training split), title
        // and a paragraph.
        Annotated cruz = annotate("cruz.txt", """
                Cruz looks to ease bad blood with GOP establishment.

                Other senators said they, too, have had almost no dealings with Cruz since he dropped out of the presidential race early this month. He returned to Washington for a defense bill mark-up and a news conference, then promptly took a week off from the Senate in Mexico to convalesce from the campaign. He returned on Wednesday for the last few minutes of a caucus lunch and said little, according to an attendee.
                """);
        assertThat(Samples.speakerOf(cruz, "He returned on Wednesday")).isEqualTo("an attendee");
    }

    @Test
    void anAsideBetweenCommasMayStandBetweenTheVerbAndThat() throws IOException {
        // The New York Times, "Republicans lower volume in debate;" (2016-03-12, PolNeAR training split), title,
        // subtitle and two paragraphs in their order: "saying, apparently for the first time, that he would consider".
        Annotated debate = annotate("debate.txt", """
                Republicans lower volume in debate; 
                With key states ahead, candidates make effort to appear more dignified.

                But much of the debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been up here.''

                He was eventually challenged over his temperament, his harsh language about Islam, and recent violence at his campaign rallies, but he talked more about policy than he has in past debates, saying, apparently for the first time, that he would consider sending up to 30,000 American ground troops to fight the Islamic State in the Middle East.
                """);
        // The excerpt names him "Mr. Trump" only.
        assertThat(Samples.speakerOf(debate, "he would consider sending up to 30,000")).isEqualTo("Trump");
    }

    @Test
    void aTitlesWordAfterAnHonorificIsTheSurnameOfSomeoneNamedInFull() throws IOException {
        // The New York Times, "Old hands help Russia navigate US media" (2016-09-19), title and four paragraphs in
        // their order: "Mr. King" is Larry King, not a king whom a role would stand for (Carlos Slim had been).
        Annotated king = annotate("king.txt", """
                Old Hands Help Russia Navigate U.S. Media.

                Last week, I caught Larry King on his post-CNN media perch, the RT America television network. His guest, the actress and activist Kamala Lopez, was powerfully emotional as she called for the ratification of the Equal Rights Amendment.

                Mr. King is not an employee of RT. The network licenses ''Politicking'' and ''Larry King Now'' -- which was nominated for a Daytime Emmy this year -- from Ora, which Mr. King co-owns with the Mexican billionaire Carlos Slim (who is also a major shareholder of The New York Times).

                Mr. King said that he was not all that familiar with the rest of RT's programming because he did not get the network at home, and that he might decide against his announced plans to help host its United States election-night coverage.

                Why the affiliation? ''They pay us a lot of money, and we need money to pay our producers and directors,'' Mr. King said.
                """);
        assertThat(Samples.speakerOf(king, "he was not all that familiar")).isEqualTo("Larry King");
        assertThat(Samples.speakerOf(king, "They pay us a lot of money")).isEqualTo("Larry King");
    }

    @Test
    void afterAVerbsThatAnAccordingToAsideIsNoSpeaker() throws IOException {
        // Breitbart (UPI), "Report: Half Clinton’s State meetings were with donors; …" (2016-08-24, PolNeAR training
        // split), title and a paragraph: "The AP reported that, according to an analysis of her personal calendar …,
        // 85 of the 154 meetings …" is the AP's; the analysis had been the speaker of "The AP reported that".
        Annotated report = annotate("report.txt", """
                Report: Half Clinton’s State meetings were with donors; campaign says schedule ‘cherry-picked.’

                The AP reported that, according to an analysis of her personal calendar and contact information, 85 of the 154 meetings Clinton had with individuals who were not U.S. or foreign government employees were with foundation donors, a rate that calls into question whether donations to the Clinton Foundation were the cost of personal meetings and assistance from a powerful government minister.
                """);
        assertThat(Samples.speakerOf(report, "according to an analysis of her personal calendar")).isEqualTo("AP");
    }

    @Test
    void aboutBeforeADeterminerOpensNoSpeaker() throws IOException {
        // HuffPost, "Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement." (2016-02-17, PolNeAR training
        // split), title and a paragraph: "about the decision, said RoseAnn DeMoro, …" had made "about the decision" a
        // speaker and her name and title what it said.
        Annotated win = annotate("win.txt", """
                Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement.

                “We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of National Nurses United, a union that has broken away from many other labor groups and endorsed Sanders.
                """);
        assertThat(win.quotes()).noneMatch(q -> q.span().of(win.article().raw()).startsWith("RoseAnn DeMoro"));
    }

    @Test
    void anEnglishArticleAndNounAreNoFrenchPrepositionAndInfinitive() throws IOException {
        // The Western Journal, 2016-09-21 (PolNeAR development split), a paragraph: after "told", "a dispatcher" had
        // been read as French "à" and an infinitive in -er, what a directive reports, and the 911 caller the speaker.
        Annotated journal = annotate("journal.txt", """
                Chris Christie calls Hillary Clinton's comments on Tulsa shooting disgusting

                Shelby later said she suspected Crutcher was under the influence of drugs — something a 911 caller also told a dispatcher before police arrived on scene.
                """);
        assertThat(Samples.speakerOf(journal, "she suspected Crutcher")).isEqualTo("Shelby");
    }
}
