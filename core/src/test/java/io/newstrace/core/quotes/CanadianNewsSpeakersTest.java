package io.newstrace.core.quotes;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.RemovalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers in Canadian news of 2018–2019, from the articles the Gender Gap Tracker annotated
 * (github.com/sfu-discourse-lab/GenderGapTracker, NLP/evaluation/src/rawtext.zip, commit c2bb16e~1): a few
 * consecutive paragraphs of each, cited in its test, with the speaker its annotators gave.
 */
class CanadianNewsSpeakersTest {
    @TempDir
    Path directory;

    private Annotated annotate(String text) throws IOException {
        return Samples.annotateText(directory, "article.txt", text);
    }

    @Test
    void aParticipleHasNoSubjectAfterIt() throws IOException {
        // HuffPost Canada, "Kevin Vickers …" (2018-12-31): "the party" is what was said, not who said it.
        Annotated article = annotate("""
                Kevin Vickers Says He's Considering A Run For New Brunswick Liberal Leadership

                Former premier Brian Gallant announced recently that he'll be stepping down as Liberal leader earlier than planned, saying the party needs to move on.
                """);
        assertThat(Samples.speakerOf(article, "he'll be stepping down")).isEqualTo("Brian Gallant");
        assertThat(Samples.speakerOf(article, "the party needs to move on")).isEqualTo("Brian Gallant");
    }

    @Test
    void aParticipleAfterAQuotationClosingOnACommaIsASecondStatement() throws IOException {
        // HuffPost Canada, "Kevin Vickers …" (2018-12-31): the comma before "noting that" closes the quotation.
        Annotated article = annotate("""
                Kevin Vickers Says He's Considering A Run For New Brunswick Liberal Leadership

                Vickers said he's a "long ways from making a decision," noting that he's been in public service for nearly 43 years, and there's much to consider before making another four-year commitment.
                """);
        assertThat(Samples.speakerOf(article, "he's been in public service")).endsWith("Vickers");
    }

    @Test
    void anAppositionMayHoldCommasOfItsOwnAndNamesOfOthers() throws IOException {
        // HuffPost Canada, "Trains must use handbrakes on mountain slopes …" (2019-02-08), and the Toronto Star, "For
        // Trump, Pelosi shutdown showdown first battle of new era" (2018-12-31).
        Annotated article = annotate("""
                Trains must use handbrakes on mountain slopes

                Will Young, a locomotive mechanic based in Kansas City, Mo., and an organizer at Railroad Workers United, said cold weather takes a toll on many train components.

                Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman of the appropriations subcommittee that handles Homeland Security, said in an interview that her office is preparing legislation to keep government running and moving forward.
                """);
        assertThat(Samples.speakerOf(article, "cold weather takes a toll")).isEqualTo("Will Young");
        assertThat(Samples.speakerOf(article, "her office is preparing legislation")).isEqualTo("Lucille Roybal Allard");
    }

    @Test
    void heStandsForAPersonNeverForAnAgencyAndASpokespersonSpeaksForTheirQuotation() throws IOException {
        // CTV News Vancouver, "'Vary greatly from truth': Surrey mayor's false statements mounting" (2018-12-14).
        Annotated article = annotate("""
                Surrey mayor's false statements mounting

                “I was clear when I was mayor – I don’t support Uber at all,” then-Surrey mayoral candidate Doug McCallum responded at one debate.

                McCallum’s speech to fellow municipal leaders was a crucial part of getting the region on board with his plan to switch from the Newton-Surrey-Guildford LRT to a SkyTrain extension to Langley.

                McCallum claimed in that speech the cost could be reduced if the construction was done 24/7, which may be possible, though it could lead to substantial disruptions along the route for the public.

                But the mayor claimed a study had been done to confirm this by TransLink. The agency told CTV News it is has not done any such study.

                “TransLink has not conducted any detailed study on potential construction methods for a SkyTrain route from Surrey to Langley. The most recent cost estimate (2017 Hatch report) did not consider construction schedules,” a spokesperson said.

                On Dec. 13, the mayor brought up the 24/7 construction plan up again while speaking to the media.

                “We’ve also said in the past if we let large construction jobs build seven days a week, around the clock, we can reduce costs considerably,” he said.
                """);
        assertThat(Samples.speakerOf(article, "TransLink has not conducted")).isEqualTo("a spokesperson");
        assertThat(Samples.speakerOf(article, "We’ve also said in the past")).isEqualTo("Doug McCallum");
    }

    @Test
    void theGroupIsTheOrganisationNamedJustBefore() throws IOException {
        // Global News, "Large rally in Drayton Valley over Alberta's plans for Bighorn Country" (2019-01-08).
        Annotated article = annotate("""
                Large rally in Drayton Valley over Alberta's plans for Bighorn Country

                Rally Canada, the group that organized Monday’s event, said it has received “ongoing emails, Facebook communications and personal contacts with literally hundreds of residents of our area of West Central Alberta telling us that they have not been part of the process in the consultations on the Bighorn proposals.”

                The group says those people include hikers, campers, anglers, trappers, loggers, agricultural producers, cattle producers, oil and gas companies, recreational users and residents.
                """);
        assertThat(Samples.speakerOf(article, "those people include hikers")).isEqualTo("Rally Canada");
    }

    @Test
    void aPhotoCreditOrACaptionIsNoAntecedent() throws IOException {
        // CBC News, "Out of the Cold …" (2018-12-25): the photographer and the mayor of a caption are not "he".
        Annotated article = annotate("""
                Homeless man who once slept in a tent says he now has a home

                Dennis Brooks spent years sleeping rough in Toronto.

                Mayor John Tory helped to hand out Thanksgiving dinner this year at Good Shepherd Ministries, a charity in downtown Toronto for homeless people. (CBC)

                The city will set up three of these tented structures to help house members of Toronto's homeless population. (Muriel Draaisma/CBC)

                "It's been a journey," he said.
                """);
        assertThat(Samples.speakerOf(article, "It's been a journey")).isEqualTo("Dennis Brooks");
    }

    @Test
    void aDescriptionStandsForThePersonTheStoryIsAbout() throws IOException {
        // National Post (driving.ca), "Tesla's latest rival wants to offer a real affordable EV" (retrieved
        // 2018-12-23), and CBC Sports, "Sharks thrash Oilers …" (retrieved 2018-12-30).
        Annotated article = annotate("""
                Tesla's latest rival wants to offer a real affordable EV

                “I’ve needed Tesla as a role model,” Guenther Schuh, e.GO’s founder and the mastermind behind Europe’s best-selling electric van, said inside his factory built on the site a former television-tube plant in Aachen, near the French border.

                Despite the grand ambitions, e.GO’s success ultimately depends on making money on an electric car cheap enough to offset the drawbacks of limited driving ranges and long charging times (as much as 9.8 hours for the Life). Schuh is aware that he’s entering uncharted waters.

                “I don’t know any carmaker that makes money in this vehicle category,” the lanky, bespectacled professor said. “Especially not if they’re electric.”

                Caleb Jones and Leon Draisaitl also responded for the Oilers (18-17-3), who have lost a season-high five straight.

                Edmonton responded a couple minutes later when Jones recorded his first career NHL goal.

                "I'm sure in a couple of days when I look back on it, I will have a little smile," said the rookie defenceman, younger brother of Seth Jones of the Columbus Blue Jackets.
                """);
        assertThat(Samples.speakerOf(article, "I don’t know any carmaker")).isEqualTo("Guenther Schuh");
        assertThat(Samples.speakerOf(article, "Especially not if they’re electric")).isEqualTo("Guenther Schuh");
        assertThat(Samples.speakerOf(article, "I'm sure in a couple of days")).isEqualTo("Caleb Jones");
    }

    @Test
    void aParagraphAboutConsentIsNoCookieNotice() throws IOException {
        // HuffPost Canada, "David Lametti … assisted dying law" (retrieved 2019-01-16): twice "consent" and no cookie.
        Annotated article = annotate("""
                New justice minister could be more receptive to changing assisted dying law

                Given his previously stated views, Shanaaz Gokool, president of Dying with Dignity Canada, is hopeful Lametti might be more receptive to Parker's plea.

                Parker had been assessed and approved for an assisted death, having given her informed consent and met all the other eligibility requirements. But she felt compelled by the law to take that route sooner than she wanted while she still had the mental capacity to give her consent again in the moments before receiving help to die.

                Gokool said she's encountered many other Canadians who have been similarly forced cut short their final days or who have reduced needed pain medication for fear it will rob them of their capacity to consent. Others, who've been approved for an assisted death, have ultimately been denied the service because they couldn't give last-minute consent.
                """);
        assertThat(article.article().text()).contains("given her informed consent");
        assertThat(Samples.speakerOf(article, "she's encountered many other Canadians")).isEqualTo("Shanaaz Gokool");
    }

    @Test
    void reportedSpeechAfterWhereItWasSaidAndAfterAnAbbreviation() throws IOException {
        // CBC News, "North Korea's Kim Jong-un arrives in Beijing for talks" (retrieved 2019-01-08), HuffPost Canada,
        // "Renovictions …" (retrieved 2019-01-08) and "Chrystia Freeland … China" (retrieved 2019-01-16).
        Annotated article = annotate("""
                North Korea's Kim Jong-un arrives in Beijing for talks

                North Korean leader Kim Jong-un arrived in Beijing on Tuesday.

                Kim said in his New Year's speech he was ready to meet Trump any time to achieve their common goal of denuclearization of the Korean peninsula.

                Ben Myers, the president of residential real estate advisory firm Bullpen Research & Consulting Inc., told HuffPost Canada the renovictions issue is related to rent control, since landlords can't substantially increase rents otherwise.

                Schellenberg's aunt, Lauri Nelson-Jones, said the family is awaiting any news regarding an appeal. His lawyer, Zhang Dongshuo, said his client has 10 days to contest the latest sentence.
                """);
        assertThat(Samples.speakerOf(article, "he was ready to meet Trump")).startsWith("Kim");
        assertThat(Samples.speakerOf(article, "the renovictions issue is related")).isEqualTo("Ben Myers");
        assertThat(Samples.speakerOf(article, "his client has 10 days")).isEqualTo("Zhang Dongshuo");
    }

    @Test
    void longNamesBeforeTheVerbAndQuotedAsSaying() throws IOException {
        // CBC News, "Workers at 2nd Stella's location vote to join union" (retrieved 2018-12-23), and CTV News
        // Vancouver, "'Vary greatly from truth': Surrey mayor's false statements mounting" (retrieved 2018-12-15).
        Annotated article = annotate("""
                Workers at 2nd Stella's location vote to join union

                "It's a positive thing for the workers at Stella's. They now have a unified voice to bring their concerns forward to management" UFCW Local 832 president Jeff Traeger said Saturday.

                “I was clear when I was mayor – I don’t support Uber at all,” then-Surrey mayoral candidate Doug McCallum responded at one debate.

                A press release, issued just after midnight on Nov. 27, McCallum expressed serious concern about the Surrey’s debt.

                “When the books were shown to me, I was deeply dismayed and shaken to the core to see how much debt the City of Surrey has been carrying,” he was quoted as saying in the press release.
                """);
        assertThat(Samples.speakerOf(article, "It's a positive thing")).isEqualTo("Jeff Traeger");
        assertThat(Samples.speakerOf(article, "When the books were shown to me")).isEqualTo("Doug McCallum");
    }

    @Test
    void aTitleInQuotationMarksIsNoQuote() throws IOException {
        // Toronto Star, "A fun and modern twist on the King Arthur legend" (retrieved 2019-01-24).
        Annotated article = annotate("""
                A fun and modern twist on the King Arthur legend

                The Arthurian legend gets a modern and more youthful spin in “The Kid Who Would Be King,” a surprisingly delightful film full of action, heart, a crazy-haired Patrick Stewart (as “old” Merlin) and a few genuinely good gags.
                """);
        assertThat(article.quotes()).extracting(q -> q.span().of(article.article().raw()))
                .noneMatch(words -> words.contains("Kid Who Would"));
    }

    @Test
    void aFragmentIsItsPossessorsOrTheSpeakersNamedBeforeIt() throws IOException {
        // CBC Sports, "Raptors acquire Marc Gasol from Grizzlies" (retrieved 2019-02-08), National Post (driving.ca),
        // "Tesla's latest rival wants to offer a real affordable EV" (retrieved 2018-12-23), and the Toronto Star,
        // "A Canadian high blood pressure study sees exciting early results …" (2018-12-23).
        Annotated article = annotate("""
                Raptors acquire Marc Gasol from Grizzlies

                The Toronto Raptors have pulled off one of the league's biggest deals at the NBA trade deadline, acquiring Marc Gasol from the Memphis Grizzlies for Jonas Valanciunas, C.J. Miles, Delon Wright and a 2024 second-round pick.

                Last summer, Gasol volunteered as part of a Spanish rescue effort in the Mediterranean Sea, plucking people from the water who were fleeing Africa. A photo showed Gasol helping lift a woman onto a stretcher. He voiced his "Frustration, anger and helplessness" on Twitter.

                And its hard-charging founder aims to challenge Elon Musk’s company with a bargain electric car for the masses.

                To head off Musk’s “production hell” on the Model 3, Schuh is using the unexpected delays caused by supplier tests to fine-tune assembly.

                Toronto retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life.
                """);
        assertThat(Samples.speakerOf(article, "Frustration, anger")).isEqualTo("Marc Gasol");
        assertThat(Samples.speakerOf(article, "production hell")).isEqualTo("Elon Musk");
        assertThat(Samples.speakerOf(article, "and two belt loops")).isEqualTo("Doug Purdy");
    }

    @Test
    void aNameFoundWhereAPlaceStandsIsAPlace() throws IOException {
        // CBC News, "Benzodiazepines, opioids and deaths in Nova Scotia" (retrieved 2019-01-07): "Nova Scotia" before
        // "says he" in a caption, and before "'s chief medical …", taken by the recogniser for a person's name. The
        // caption, which ends with its photographer's credit, is set aside.
        Annotated article = annotate("""
                The other drug behind overdose deaths

                But lost in much of the public discussion is the largely overlooked role being played by a different kind of drug, benzodiazepines, particularly in areas of the country like Nova Scotia where the overdose problem continues to be primarily driven by prescription medications diverted into the illegal drug market.

                "There's really good evidence that if you give benzodiazepines together with opioids you increase the risk of death by intoxication," says Dr. Matthew Bowes, Nova Scotia's chief medical examiner. "That certainly bears out in our experience here in the morgue."

                Dr. Matthew Bowes, chief medical examiner of Nova Scotia, says he has seen that mixing benzodiazepines with opioids can increase the risk of death by intoxication. (Robert Short/CBC)

                It bears out in statistics, too. In Nova Scotia, benzodiazepines contributed to death in well over half of the 442 opioid-related fatalities from 2011 to the end of October, most of them accidental overdoses.

                It's believed about 500,000 benzodiazepine prescriptions are dispensed each year in Nova Scotia. This fall, Nova Scotia added the drug group to its prescription monitoring program, which tracks the dispensing of certain medications and can flag worrisome amounts or treatments.

                Dr. Robert Strang, Nova Scotia's chief medical officer of health, says it's been long known that benzodiazepines are being over-prescribed and overused. The drugs have a limited set of uses, he says, and are mostly meant to be taken only short term.
                """);
        assertThat(article.people()).extracting(io.newstrace.core.entities.Person::name)
                .contains("Matthew Bowes", "Robert Strang").doesNotContain("Nova Scotia");
        assertThat(article.article().removed()).anyMatch(removed -> removed.reason() == RemovalReason.PHOTO_CREDIT
                && removed.span().of(article.article().raw()).endsWith("(Robert Short/CBC)"));
    }

    @Test
    void aPollInsideTheArticleEndsNothingAndTwoApostrophesCloseAQuotation() throws IOException {
        // Toronto Star, "A Canadian high blood pressure study sees exciting early results …" (2018-12-23), and
        // "Kitchener entrepreneur empowers local indie comic-book artists" (2018-12-22).
        Annotated article = annotate("""
                A Canadian high blood pressure study sees exciting early results

                “If you don’t have time to meet with someone, it’s great to be able to go online. It was phenomenal.” Investors are also happy.

                What do you think?

                “We are very pleased with how the first cohort worked,” says MaRS director Adam Jagelewski. “We are setting ourselves up for the second and third cohorts that will ultimately dictate whether investors will get their returns or not.”

                I’m talking about Alfonso Espinos, who like Montalban was born in Mexico and made his way to North America to fulfil dreams of a different kind. “We dedicate ourselves solely to independent comic books and local creators,’’ says the 39-year-old founder of Studiocomix Press, which recently celebrated its first birthday.
                """);
        assertThat(article.article().text()).doesNotContain("What do you think?");
        assertThat(Samples.speakerOf(article, "We are very pleased")).isEqualTo("Adam Jagelewski");
        assertThat(Samples.speakerOf(article, "We dedicate ourselves")).isEqualTo("Alfonso Espinos");
    }

    @Test
    void reportedSpeechEndingWithItsSourceOrAddingASecondStatement() throws IOException {
        // HuffPost Canada, "Malaysia's king abdicates" (retrieved 2019-01-07), CBC News, "Deadly Kenya attack was
        // retaliation for Trump's Jerusalem policy …" (retrieved 2019-01-17), CBC Sports, "Raptors acquire Marc Gasol
        // …" (retrieved 2019-02-08), and CTV News, "Facebook says Apple is restoring a key developer tool"
        // (retrieved 2019-02-01).
        Annotated article = annotate("""
                Malaysia's king abdicates

                KUALA LUMPUR, Malaysia — Malaysia's royal families will meet on Jan. 24 to pick a new king after Sultan Muhammad V abdicated unexpectedly after just two years on the throne, an official said Monday.

                Prime Minister Mahathir Mohamad said earlier Monday that it was up to the Council of Rulers to pick the new king, but added that he hoped it would be done quickly.

                Kenyan security forces have killed all the Somali militants who stormed an upscale Nairobi hotel compound, taking at least 21 lives and forcing hundreds of people into terrifying escapes, the government said on Wednesday.

                A person familiar with the negotiations says Stauskas and Wade Baldwin have been traded from the Houston Rockets to the Indiana Pacers, the third time they were traded this week and second time Thursday.

                That's a big deal since Facebook publishes tools and future products to its own team to test before providing them to the public, said Marty Puranik, CEO and founder of cloud hosting company Atlantic.Net.
                """);
        assertThat(Samples.speakerOf(article, "KUALA LUMPUR")).isEqualTo("an official");
        assertThat(Samples.quote(article, "it was up to the Council").span().of(article.article().raw()))
                .endsWith("to pick the new king");
        assertThat(Samples.speakerOf(article, "he hoped it would be done")).isEqualTo("Mahathir Mohamad");
        assertThat(Samples.speakerOf(article, "Kenyan security forces")).isEqualTo("government");
        assertThat(Samples.speakerOf(article, "Stauskas and Wade Baldwin")).isEqualTo("A person familiar with the negotiations");
        assertThat(Samples.speakerOf(article, "That's a big deal")).isEqualTo("Marty Puranik");
    }

    @Test
    void aDocumentSpeaksForTheAuthorItNames() throws IOException {
        // CBC News, "Workers at 2nd Stella's location vote to join union" (retrieved 2018-12-23), and the Toronto
        // Star, "The madness of being 'George' …" (2019-02-01).
        Annotated article = annotate("""
                Workers at 2nd Stella's location vote to join union

                Employees at a second Stella's Café location in Winnipeg have voted to unionize.

                A release sent to media from UFCW Local 832 late Friday said a majority of the 68 workers at the Sherbrook Street Stella's location said yes to joining the union.

                The UFCW will represent all servers, dishwashers, cooks, hosts and baristas at the both locations, according to the union's Friday release.

                “Most of them hated that name because it meant they had no individuality,” says Cecil Foster, author of the new book They Call Me George: The Untold Story of Black Train Porters and the Birth of Modern Canada.

                In 1950s Calgary, around 90 per cent of the city’s Black population depended on the railways for employment, according to Foster’s book.
                """);
        assertThat(Samples.speakerOf(article, "a majority of the 68 workers")).startsWith("UFCW");
        assertThat(Samples.speakerOf(article, "The UFCW will represent")).startsWith("UFCW");
        assertThat(Samples.speakerOf(article, "In 1950s Calgary")).isEqualTo("Cecil Foster");
    }

    @Test
    void aParticiplesPhraseBetweenCommasIsNoSubject() throws IOException {
        // CTV News, "U.S. stocks climb after strong earnings …" (retrieved 2019-01-23).
        Annotated article = annotate("""
                U.S. stocks climb after strong earnings

                U.S.-CHINA RELATIONS: White House economic adviser Larry Kudlow denied reports by media outlets including the Financial Times and CNBC saying the U.S. had turned down an offer by Chinese trade officials to meet in Washington this week, due to a lack of progress on issues such as protection of intellectual property. Kudlow said both sides are working toward the higher-level talks. The reports, citing unnamed sources close to the matter, said the discussions were meant to pave the way for meetings between Chinese Vice Premier Liu He and U.S. Trade Representative Robert Lighthizer next week.
                """);
        assertThat(Samples.speakerOf(article, "the discussions were meant")).isEqualTo("reports");
    }

    @Test
    void aNameWithAnAppositionBeforeASpeechVerbIsAPersonAndAColonNamesWhoSpeaks() throws IOException {
        // CBC News, "Out of the Cold … research project" (retrieved 2018-12-27), CBC News, "Benzodiazepines, opioids
        // and deaths in Nova Scotia" (retrieved 2019-01-07), and CTV News Vancouver, "'Vary greatly from truth' …"
        // (retrieved 2018-12-15).
        Annotated article = annotate("""
                Out of the Cold research project

                Nadia Jamil, principal researcher at Dixon Hall, said a picture of homelessness in Toronto is emerging from the research, but it is complex.

                "Basically, within the Out of the Cold program, there is a sense of community that exists, even if it's a community of acquaintances. It seems like guests look out for each other. They notice if somebody is missing," she says.

                "The problem's not new," says Dave Martell, a doctor from Lunenburg, N.S., who specializes in addiction treatment and runs several rural clinics in the southern part of the province.

                Dr. Robert Strang, Nova Scotia's chief medical officer of health, says it's been long known that benzodiazepines are being over-prescribed and overused.

                Martell, the addictions doctor on Nova Scotia's South Shore, is more blunt: "With this prescription monitor doing this new monitoring, I think they're going to uncover things that are kind of horrifying."

                But observers say there may be a method to McCallum’s messages.

                “There’s a tried-and-true method in Canadian politics: after an election a new government takes office and says, ‘Oh my gosh, the cupboards are bare.’ So I think there’s an element of that kind of gamesmanship going on,” University of the Fraser Valley political scientist Hamish Telford said.
                """);
        assertThat(Samples.speakerOf(article, "a picture of homelessness")).isEqualTo("Nadia Jamil");
        assertThat(Samples.speakerOf(article, "Basically, within the Out of the Cold")).isEqualTo("Nadia Jamil");
        assertThat(Samples.speakerOf(article, "With this prescription monitor")).isEqualTo("Dave Martell");
        assertThat(Samples.speakerOf(article, "There’s a tried-and-true method")).isEqualTo("Hamish Telford");
    }

    @Test
    void aQuotationOpeningASentenceAfterOneThatOpensWithAPronounIsThatPersons() throws IOException {
        // CBC News, "Benzodiazepines, opioids and deaths in Nova Scotia" (retrieved 2019-01-07), three paragraphs in
        // their order: "he" opens the sentence before the quotation, after "But early on,", and is Martell.
        Annotated article = annotate("""
                Doctors may not know potential impact

                "The problem's not new," says Dave Martell, a doctor from Lunenburg, N.S., who specializes in addiction treatment and runs several rural clinics in the southern part of the province.

                Originally from Arichat, N.S., Martell says he "fumbled into" addictions medicine while beginning to set up a family practice in Lunenburg about 14 years ago. He didn't have a large patient roster, so he offered to work at the local hospital detox unit, which had been without a doctor for years.

                But early on, he did have a number of patients die of overdoses, and became "acutely aware" of what can happen when benzodiazepines are combined with opioids. "When somebody dies, especially somebody young, you tend to remember that."
                """);
        assertThat(Samples.speakerOf(article, "acutely aware")).isEqualTo("Dave Martell");
        assertThat(Samples.speakerOf(article, "When somebody dies")).isEqualTo("Dave Martell");
    }

    @Test
    void aDescriptionOpeningWithACompoundAdjectiveIsAboutTheNameBeforeIt() throws IOException {
        // The Globe and Mail, "Beverage recommendations in new food guide to be felt most by young" (retrieved
        // 2019-01-23).
        Annotated article = annotate("""
                Beverage recommendations in new food guide to be felt most by young

                Lee Finell, Alberta-based health education manager with Dairy Farmers of Canada, said she is unsure what direction school programs will go, but that her organization will continue to promote milk. “We’re still going to encourage its consumption, whether it’s at schools or at home,” she said.
                """);
        assertThat(Samples.speakerOf(article, "she is unsure what direction")).isEqualTo("Lee Finell");
        assertThat(Samples.speakerOf(article, "We’re still going to encourage")).isEqualTo("Lee Finell");
    }

    @Test
    void whatSomeoneWasUrgedOrWarnedToDoIsReported() throws IOException {
        // HuffPost Canada, "Malaysia's king abdicates" (retrieved 2019-01-07) and "Chrystia Freeland … China"
        // (retrieved 2019-01-16).
        Annotated article = annotate("""
                Malaysia's king abdicates

                National police chief Mohamad Fuzi Harun warned the public Monday not to speculate on Sultan Muhammad V's abdication.

                Foreign Affairs Minister Chrystia Freeland participates in a discussion at the Council on Foreign Relations in New York.

                Freeland urged all Canadians considering travel to China to consult the government's travel advisory.
                """);
        assertThat(Samples.speakerOf(article, "not to speculate")).isEqualTo("Mohamad Fuzi Harun");
        assertThat(article.quotes()).anySatisfy(q -> {
            assertThat(q.span().of(article.article().raw())).endsWith("to consult the government's travel advisory");
            assertThat(q.speaker().name()).isEqualTo("Chrystia Freeland");
        });
    }

    @Test
    void anIndefiniteOfficialIsNoMinisterTheArticleNamed() throws IOException {
        // National Post, "Is Canada's extradition system free from political interference? …" (retrieved
        // 2019-01-24): "a justice official" is not Justice Minister David Lametti, and "at the Dec. 12 briefing" is
        // nobody.
        Annotated article = annotate("""
                Is Canada's extradition system free from political interference?

                Until now, the process has been carried out at arm’s-length from politicians. But at this point it comes to the desk of Justice Minister David Lametti, who makes the final call on handing someone over to another country’s justice system.

                “If a judge says you are good to go in terms of (extradition), it’s still up to the minister to decide whether to send someone, to surrender someone, for extradition,” a justice official said at the Dec. 12 briefing.
                """);
        assertThat(Samples.speakerOf(article, "If a judge says")).isEqualTo("a justice official");
    }

    @Test
    void aSubordinatorOpeningTheNextParagraphIsNobody() throws IOException {
        // CTV News Vancouver, "'Vary greatly from truth': Surrey mayor's false statements mounting" (retrieved
        // 2018-12-15): "When asked …" had made "When" the speaker of the budget's words.
        Annotated article = annotate("""
                Surrey mayor's false statements mounting

                In the proposed budget, the $514 million figure includes “previously approved” debt and $198 million of “internal debt approved for the 2018-2022 General Capital Program.”

                When asked on Dec. 13 whether he was overstating the city’s debt, McCallum said, “The city’s debt as far as the City of Surrey is $514 million, that’s in the financial statements, in the public documents that have gone out.”
                """);
        assertThat(Samples.speakerOf(article, "internal debt approved")).isNull();
        assertThat(Samples.speakerOf(article, "The city’s debt as far as")).isEqualTo("McCallum");
    }
    @Test
    void aSentenceAfterAQuotationClosingOnAFullStopIsNoIncise() throws IOException {
        // The Globe and Mail, "Beverage recommendations in new food guide to be felt most by young Canadians"
        // (2019-01-23): "The statement also said that …" opens a sentence of its own, and the fragment before it is
        // the association's. The National Post, "LPGA stars come out for inaugural Diamond Resorts TOC" (2019-01-15):
        // after a question mark the sentence goes on, and the verb is the quotation's incise.
        Annotated article = annotate("""
                Beverage recommendations in new food guide to be felt most by young Canadians

                The Canadian Beverage Association said in a statement that 100-per-cent fruit juice “is a source of important vitamins and nutrients for Canadians who, across the board, aren’t consuming enough fruits and vegetables.” The statement also said that removing it from the diet could have “significant consequences on nutrient intakes.”

                “Are there prizes?” Lincicome asked before going off in the anchor position.
                """);
        assertThat(Samples.speakerOf(article, "is a source of important vitamins")).endsWith("Beverage Association");
        assertThat(Samples.speakerOf(article, "significant consequences")).endsWith("Beverage Association");
        assertThat(Samples.speakerOf(article, "Are there prizes?")).isEqualTo("Lincicome");
    }
    @Test
    void aDocumentSpeaksForWhoBroughtItIn() throws IOException {
        // Global News, "Bomb threat emails …" (2018-12-15; globalnews.ca/news/4764888): "the post" is the one
        // Jason Schultz wrote.
        Annotated article = annotate("""
                Bomb threat emails linked to sextortion scam

                Jason Schultz, technical researcher at Talos, stated in the company’s blog post that some of the bomb threats that took place this week came from the same addresses used in those campaigns.

                WATCH: Bomb threats demanding Bitcoin investigated across Canada, U.S.

                “Multiple IPs involved in sending these bomb threats also sent various types of sextortion email that we saw in the previous campaign. In those cases, the attackers sent out emails claiming to have compromising videos of the victim and (threatened to) release them to the public unless the attacker (received) a bitcoin payment,” the post read.

                According to the post, the bomb threat had morphed once again by late Thursday, as the attackers now threatened to throw acid on the victims.
                """);
        assertThat(Samples.speakerOf(article, "the bomb threat had morphed")).isEqualTo("Jason Schultz");
        // The title of a video between them ("WATCH: …", dots and all) is furniture, so the quotation opening the
        // next paragraph follows Schultz's statement.
        assertThat(Samples.speakerOf(article, "Multiple IPs involved")).isEqualTo("Jason Schultz");
        // The New York Times, "In Avoiding Tax, Trump Is Merely a Small Fry." (2016-10-04, from PolNeAR's dev split):
        // "the report says" refers back to a report brought in earlier, not by Apple or Goldman Sachs.
        Annotated column = annotate("""
                In Avoiding Tax, Trump Is Merely a Small Fry.

                The researchers reported that Apple holds $214.9 billion offshore and would owe $65.4 billion in taxes if that money came back to the United States; Nike holds $10.7 billion offshore and would owe $3.6 billion in United States taxes; Goldman Sachs holds $28.6 billion offshore, and the report says the company ''reports having 987 subsidiaries in offshore tax havens, 537 of which are in the Cayman Islands despite not operating a single legitimate office in that country, according to its own website.''

                Here's just one example of the problem: The Securities and Exchange Commission ''only requires that companies report all 'significant' subsidiaries, based on multiple measures of a subsidiary's share of the company's total assets. By only requiring significant rather than all subsidiaries, this allows companies to get away with not disclosing many of their offshore subsidiaries and creates the potential for gaming because avoiding disclosure simply requires splitting a significant subsidiary into several smaller subsidiaries,'' the report says.
                """);
        assertThat(Samples.speakerOf(column, "only requires that companies")).isEqualTo("report");
    }
    @Test
    void unnamedPeopleOfAKindSpeakAndAContrastingClauseHasItsOwnSpeaker() throws IOException {
        // Toronto Star, "A Canadian high blood pressure study sees exciting early results as investors bank on healthy
        // returns" (2018-12-23).
        Annotated article = annotate("""
                A Canadian high blood pressure study sees exciting early results

                And blood pressure readings for a sample of 100 of the first 500 participants showed an average 5.2-point drop. It means some participants moved their blood pressure readings from “normal-high” to “normal” — a significant finding for a drug-free intervention, researchers say.

                “We are very pleased with how the first cohort worked,” says MaRS director Adam Jagelewski. While some critics say government should not be paying a “middle man” to deliver public health and social services, Jagelewski says the pay-for-success premium makes everyone involved work harder and allows public officials to show taxpayers what their money has been able to accomplish.
                """);
        assertThat(Samples.speakerOf(article, "It means some participants")).isEqualTo("researchers");
        assertThat(Samples.speakerOf(article, "government should not be paying")).isEqualTo("some critics");
        assertThat(Samples.speakerOf(article, "the pay-for-success premium")).isEqualTo("Adam Jagelewski");
    }

    @Test
    void aBareNounAfterTheVerbOpensWhatWasSaidWhenANameOpensTheSentence() throws IOException {
        // HuffPost, "Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’" (2016-10-07, from PolNeAR's dev
        // split), and HuffPost Canada, "Justin Trudeau says Canadians should be wary of fear-mongering about
        // immigration during 2019 election" (2019-01-24): "member states that have" holds no speech verb.
        Annotated article = annotate("""
                Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’

                But Megan Hester, senior associate for education organizing at the Annenberg Institute for School Reform, said parents still want neighborhood schools.

                The ninth Games of La Francophonie are scheduled to be held in the Moncton and Dieppe area in the summer of 2021, attracting 3,000 athletes and artists from more than 50 member states that have French as a common language.
                """);
        assertThat(Samples.speakerOf(article, "parents still want")).isEqualTo("Megan Hester");
        assertThat(article.quotes()).noneMatch(quote -> quote.span().of(article.article().raw())
                .contains("French as a common language"));
    }
    @Test
    void anInfinitiveAndAVerbAfterAnAuxiliaryNameNoSpeaker() throws IOException {
        // National Post, Andrew Coyne, "Since no one appears to be in charge of Parliament reno, I have a few design
        // suggestions" (2018-12-22): "to say that" has no subject. National Post, "LPGA stars come out for inaugural
        // Diamond Resorts TOC" (2019-01-15): English puts no subject after "had asked", so Tom Glavine is asked.
        Annotated article = annotate("""
                Since no one appears to be in charge of Parliament reno, I have a few design suggestions

                But to say that Parliament is theatre doesn’t require it to be the sort of tawdry spectacle our House of Commons has become.

                She particularly enjoyed around being all-star athletes cutting it up on the range. Her husband, Gerrod Chadwell, had already asked Tom Glavine for an autograph. They might hit up Smoltz later in the week too.
                """);
        String raw = article.article().raw();
        assertThat(article.quotes()).noneMatch(quote -> quote.span().of(raw).contains("Parliament is theatre"));
        assertThat(article.quotes()).noneMatch(quote -> quote.span().of(raw).contains("Gerrod Chadwell"));
    }
    @Test
    void theSubjectOfAVerbAfterThatFollowsIt() throws IOException {
        // Global News, "Large rally in Drayton Valley over Alberta's plans for Bighorn Country" (2019-01-08), and The
        // Globe and Mail, "In Canada, carbon taxation faces a political reckoning in 2019" (2019-01-09).
        Annotated article = annotate("""
                Large rally in Drayton Valley over Alberta's plans for Bighorn Country

                Rally Canada, the group that organized Monday’s event, said it has received “ongoing emails, Facebook communications and personal contacts with literally hundreds of residents of our area of West Central Alberta telling us that they have not been part of the process in the consultations on the Bighorn proposals.”

                And Canada is certainly not on pace to achieve much greater reductions that the United Nations’ climate change panel says are needed to avert environmental catastrophe.
                """);
        // "the group that organized Monday’s event" is no speaker's name: after "that", only "organized …" is left.
        assertThat(Samples.speakerOf(article, "ongoing emails")).isNotEqualTo("group that organized Monday’s event");
        assertThat(Samples.speakerOf(article, "are needed to avert")).endsWith("climate change panel");
    }
    @Test
    void whatSomeoneWasAskedNamesNoSpeaker() throws IOException {
        // CBC News, "Out of the Cold … research project" (retrieved 2018-12-27): "Asked what he would tell Toronto
        // Mayor John Tory" opens a question, not an inverted subject; Brooks goes on speaking.
        Annotated article = annotate("""
                Out of the Cold research project

                For his part, Brooks, who still has the cellphone he was given, said he obtained housing with the help of Dixon Hall. On Oct. 1, he moved into a one-bedroom apartment in the east end where there are food banks close by.

                "It feels good. It feels warm. And nobody can bother you."

                Asked what he would tell Toronto Mayor John Tory about being homeless, Dennis Brooks says: 'Just listen. Just listen to us. We're people.' (Muriel Draaisma/CBC)
                """);
        assertThat(Samples.speakerOf(article, "It feels good")).endsWith("Brooks");
    }
    @Test
    void aVideoBlurbEndingWithItsDurationIsFurniture() throws IOException {
        // CBC News, "Benzodiazepines, opioids and deaths in Nova Scotia" (retrieved 2019-01-07): the blurb of a video
        // ("… in the opioid crisis. 10:43") names a reporter who is no one the story's "she" can stand for.
        Annotated article = annotate("""
                Benzodiazepines, opioids and deaths in Nova Scotia

                Wendy Golden now lives in a small white bungalow on the outskirts of Amherst with a cat and two rescue dogs. There are no photos of her son Kody on the walls. She used to have a shrine to him, but put it in storage. It had, in her words, become "unhealthy."

                But her memories of him are vivid — his loyalty, honesty and unique sense of humour. How he was making his way in his young life, preparing to move away from home to nearby Moncton, N.B.

                Her message now is simple: don't share or sell prescriptions.

                "You don't know what that person took earlier. They already may be on a medication that can mix with the medication you have. And the combination can be lethal."

                The fatal consequences of mixing two medications. The CBC's Richard Cuthbertson tells us about a growing concern surrounding the role benzodiazepines play in the opioid crisis. 10:43

                After Kody died, she urged police to investigate. There were initially jurisdictional issues, because the drugs had been consumed in New Brunswick but the death was in Nova Scotia. Then there was the question of whether charges could be laid.

                Man charged in Kody's death

                But she persisted. Kody alone made the choice he did that day, she says, and lost his life over $7 of prescription drugs. But she didn't want her son to be looked on as "another druggie." And she felt the co-worker who sold to him should be held responsible for the part he played.

                "That's why I chose to fight to have something done," she says.
                """);
        assertThat(article.article().removed()).anyMatch(removed -> removed.span().of(article.article().raw())
                .endsWith("opioid crisis. 10:43"));
        assertThat(Samples.speakerOf(article, "That's why I chose to fight")).isEqualTo("Wendy Golden");
    }
    @Test
    void itSaidIsTheOrganisationOpeningTheSentenceBefore() throws IOException {
        // The Globe and Mail, "Federal government insured Suncor's Middle East misadventures" (2019-02-08): "it said"
        // is an incise, and "it" the subject of the sentence before (EDC), not the company named last (Suncor); the
        // acronym goes by the name the article spells out before it in brackets.
        Annotated article = annotate("""
                Federal government insured Suncor's Middle East misadventures

                Export Development Canada (EDC), the national export credit agency, has long offered political risk insurance. That insurance protects EDC’s customers against the dangers of doing business in high-risk emerging markets, such as expropriation, political violence and the inability to transfer or convert local currency. The insurance cushioned the blow for Suncor, which wrote off assets worth billions of dollars from its former Middle East operations.

                Canadians had little way of knowing about Suncor’s insurance policy. Although EDC disclosed most of its financing transactions since 2001, it reveals political risk insurance policies only when the beneficiaries were lenders such as banks. In 2006 it disclosed political insurance policies in Mauritania, Jamaica and Mexico, but none in the Middle East. EDC declined to answer most of The Globe’s questions about the Suncor policy. “We are obligated to respect the confidentiality of our policy holders and their policies with us,” it said in a statement.
                """);
        assertThat(Samples.speakerOf(article, "We are obligated to respect")).isEqualTo("Export Development Canada");
    }

    @Test
    void aDocumentReleasedByAnOfficeSpeaksForThatOffice() throws IOException {
        // The Canadian Press (Mike Blanchfield), on Chrystia Freeland and Robert Lloyd Schellenberg's death sentence
        // (2019-01-16, tracker id 5c3eac6f…; the archive keeps no headline): the first paragraph and the two that
        // hold the quotation. "released by" is a participle, not the verb of "a statement".
        Annotated article = annotate("""
                OTTAWA — Foreign Affairs Minister Chrystia Freeland says Canada has asked China to spare the life of a British Columbia man facing a death sentence, calling capital punishment "inhumane."

                Trudeau has continued to shore up international support in the diplomatic feud with China over the Canadian detainees. He spoke with the leaders of Argentina and New Zealand Monday.

                Trudeau and New Zealand Prime Minister Jacinda Ardern discussed "the detention and legal treatment of Canadian citizens in China and the need for all countries to respect judicial procedure and rule of law," said a statement released by the Prime Minister's Office.
                """);
        assertThat(Samples.speakerOf(article, "the detention and legal treatment")).endsWith("Office");
    }

    @Test
    void aQuotationRightAfterTheAttributionOfTheOneBeforeGoesOnWithItsSpeaker() throws IOException {
        // The Associated Press (Vladimir Isachenkov), Moscow, late December 2018; Gender Gap Tracker development split,
        // 5c2955161e67d78e27b64992: first paragraph and three more in their order. The paragraph after names Putin.
        Annotated article = annotate("""
                MOSCOW — It’s been a mixed year for Russian President Vladimir Putin.

                Vladimir Frolov, a Moscow-based foreign policy expert, saw Putin’s statements as part of his efforts to persuade the West to sit down for talks.

                “His goal is to win attention, fear and respect from the West, to get the right of veto regarding Western policies,” Frolov said. “He’s pushing for talks on Russia’s conditions and without any unilateral concessions.”

                Putin warned that the planned U.S. exit from the 1987 Intermediate-Range Nuclear Forces Treaty would trigger a Russian response. In an ominous statement this month, he lamented that global fears of a nuclear war have ebbed, leaving the world blind to a rising doomsday threat.
                """);
        assertThat(Samples.speakerOf(article, "He’s pushing for talks")).isEqualTo("Vladimir Frolov");
    }

    @Test
    void aClauseWithoutThatMayOpenWithANounPhraseBeforeItsVerb() throws IOException {
        // An article by Dan Kilbridge (Scottsdale, 2019-01-31; Gender Gap Tracker development split,
        // 5c52b36a1e67d78e273d029c): first paragraph and two more in their order.
        Annotated article = annotate("""
                SCOTTSDALE, Ariz. – Phil Mickelson is set for his 30th career appearance at the Waste Management Phoenix Open this week at TPC Scottsdale.

                There’s just one catch.

                Mickelson admitted his tweets need to be approved before they go out, denying the really juicy stuff to the general public but keeping his image intact.
                """);
        assertThat(Samples.speakerOf(article, "his tweets need to be approved")).isEqualTo("Phil Mickelson");
    }

    @Test
    void anAdverbAndItsCommaMayStandBetweenTheVerbAndThat() throws IOException {
        // Global News (Jessica Vomiero), on the bomb-threat emails of December 2018 (2018-12-15; Gender Gap Tracker
        // development split, 5c149ffc1e67d78e276fbd44): the tenth paragraph, then four consecutive ones.
        Annotated article = annotate("""
                Director, security response at cybersecurity firm Symantec, Kevin Haley, agreed with this finding.

                “This game is all about getting a certain percentage of people to respond,” he said.

                “The sextortion spam is not new. What’s new is they had a new twist that they thought could increase the amount of money they could make,” Haley explained.

                “While this caused chaos, it doesn’t look like it made them any money so they’ve moved on.”

                He states however, that the increased frequency of these kinds of threats has less to do with access to technology and more to do with the option to demand ransom payments in bitcoin.
                """);
        assertThat(Samples.speakerOf(article, "the increased frequency of these kinds of threats"))
                .isEqualTo("Kevin Haley");
    }

    @Test
    void aNameBetweenCommasAfterAVerbOpeningItsClauseIsTheSpeaker() throws IOException {
        // A column on the renovation of Parliament's Centre Block (2018-12-22; Gender Gap Tracker development split,
        // 5c1df61f1e67d78e2798f3fe): two consecutive paragraphs. "MPs" is no speaker.
        Annotated article = annotate("""
                Assuming MPs now get their hooks into it, and pouring through the breech after them every interest group and activist organization in the country, the whole thing is likely to devolve into the same chaotic tangle of cross-purposes that is the fate of every other attempt at large-scale collective enterprise in this country — Trans Mountain meets the Meech Lake Accord. There are children not yet born, I’d wager, who will be voting in their first election before this is completed, at a cost of God knows how many billions.

                Most of the early focus, now that the issue has caught public attention, seems to be on changes to the design of the Commons. Rather than the current layout, in which government and opposition MPs sit facing each other behind long rows of desks, asks Policy Options editor Jennifer Ditchburn, “has anyone ever considered whether other designs, such as the horseshoe shape used in Australia and Scotland, might work better?”
                """);
        assertThat(Samples.speakerOf(article, "has anyone ever considered")).isEqualTo("Jennifer Ditchburn");
    }

    @Test
    void whenItWasSaidOpeningTheSentenceIsNoPartOfTheSubject() throws IOException {
        // A business column on Tesla's board by Jennifer Wells (2018-12-30; Gender Gap Tracker development split,
        // 5c2858471e67d78e27b3b633): the third paragraph. "In early November the company" had been no subject.
        Annotated article = annotate("""
                Until maybe now. In conducting what it called a “thorough, expansive process in searching for its new independent directors,” Tesla has named Kathleen Wilson-Thompson, an EVP at Walgreens, to its board of directors, and also Ellison, the billionaire co-founder of the California tech giant Oracle, where he remains executive chairman and chief technology officer. The appointments are meant to satisfy another piece of Tesla’s September settlement with the U.S. Securities and Exchange Commission. Musk’s tweet the previous month that he had secured financing to take Tesla private at $420 (U.S.) a share drew a securities fraud charge from the commission and a subsequent settlement that included financial penalties for Tesla and Musk at $20 million apiece. Musk was ordered to step down as chair, to be replaced by an independent chairperson. In early November the company announced that Robyn Denholm, chief financial officer of the Australian telecom Telstra, would take on those duties.
                """);
        assertThat(Samples.speakerOf(article, "Robyn Denholm, chief financial officer")).isEqualTo("Tesla");
    }

    @Test
    void aConcessionAfterAMidSentenceInciseIsTheReportersAndTheClauseBeforeWasSaid() throws IOException {
        // The Canadian Press (Kevin Bissett), on Justin Trudeau's town hall in Miramichi (2019-01-25; Gender Gap
        // Tracker development split, 5c4a89f31e67d78e27233c5d): the first and the eighth to tenth paragraphs. The
        // clause after "he said," had been reported instead of the one before it.
        Annotated article = annotate("""
                MIRAMICHI, N.B. — Justin Trudeau is warning voters to be wary of fear-mongering about immigration, suggesting the issue will be a hot-button issue during the federal election campaign this fall.

                But Trudeau's upbeat tone changed when he suggested the world has become increasingly fearful, insular and anxious about immigration.

                "When we're faced with anxieties, it's very easy to have those fears drummed up and exacerbated — getting people to point fingers and lay blame," he said.

                There are people trying to create fear, intolerance and misinformation about immigration across Canada, he said, though he did not name any individuals or groups.
                """);
        assertThat(Samples.speakerOf(article, "There are people trying to create fear")).isEqualTo("Justin Trudeau");
        assertThat(article.quotes()).noneMatch(q -> q.span().of(article.article().raw()).startsWith("though"));
    }

    @Test
    void aPossessiveBeforeAPersonNounNamesSomeoneOfThePersonsNotThePerson() throws IOException {
        // Thomson Reuters, on the attack on a Nairobi hotel compound (2019-01-17; Gender Gap Tracker development
        // split, 5c3fefc41e67d78e270257d3): three consecutive paragraphs. "His father said" had been Jason Spindler.
        Annotated article = annotate("""
                San Francisco-based I-DEV International confirmed that the American killed was Jason Spindler, the company's co-founder and managing director.

                Spindler's father, Joseph, says his son grew up in Houston, graduated from the University of Texas and was enjoying a successful career on Wall Street when he decided that he wanted to develop a model for helping low-income people.

                Spindler later became a founder of I-DEV and had been living in Kenya for about five years. His father said he worked with international companies to form business partnerships in Kenya that would boost local economies.
                """);
        assertThat(Samples.speakerOf(article, "he worked with international companies"))
                .isEqualTo("Jason Spindler’s father");
    }

    @Test
    void anIndefiniteOrADaysPossessiveMayOpenWhatWasSaid() throws IOException {
        // Jon Woodward, on Surrey's mayor (2018-12-15; Gender Gap Tracker development split,
        // 5c1452701e67d78e276ee126): the twenty-fourth and twenty-fifth paragraphs. "claimed a study had been done".
        Annotated surrey = annotate("""
                McCallum claimed in that speech the cost could be reduced if the construction was done 24/7, which may be possible, though it could lead to substantial disruptions along the route for the public.

                But the mayor claimed a study had been done to confirm this by TransLink. The agency told CTV News it is has not done any such study.
                """);
        // The excerpt never calls McCallum the mayor.
        assertThat(Samples.speakerOf(surrey, "a study had been done")).isEqualTo("mayor");
        // Mike Blanchfield, Canadian Press, on Canadians detained in China (2019-01-16; Gender Gap Tracker development
        // split, 5c3eac6f1e67d78e27f3dc55): the thirtieth and thirty-first paragraphs. "said Tuesday's remarks".
        Annotated china = annotate("""
                The prime minister and Argentinian President Mauricio Macri "discussed the arbitrary detention of two Canadians in China and the importance of safeguarding international norms, including judicial independence and respect for the rule of law. They also discussed China's application of the death penalty to a Canadian citizen," said his office.

                Rights organizations said Tuesday's remarks by the Chinese foreign ministry raise serious questions about possible political interference in China's courts.
                """);
        assertThat(Samples.speakerOf(china, "Tuesday's remarks by the Chinese")).isEqualTo("Rights organizations");
    }

    @Test
    void aCreditRunIntoItsCaptionReportsNothing() throws IOException {
        // Canadian Press, on handbrakes for trains stopped on slopes (2019-02-09; Gender Gap Tracker development split,
        // 5c5e50711e67d78e27616b23): the fourth to sixth paragraphs. "The Canadian Press A train derailment is shown"
        // is no press's statement.
        Annotated trains = annotate("""
                "As I have said many times before, rail safety is my top priority and I will never hesitate to take appropriate actions when necessary."

                The Canadian Press A train derailment is shown near Field, B.C. on Monday.

                A Vancouver-bound train with 112 grain cars was parked for two hours with its air brakes engaged on a grade east of Field, B.C., when it started moving on its own early Monday. The train sped up to well over the limit before 99 cars and two locomotives hurtled off the tracks.
                """);
        assertThat(trains.quotes()).noneMatch(q -> q.span().of(trains.article().raw()).startsWith("A train derailment"));
    }
}
