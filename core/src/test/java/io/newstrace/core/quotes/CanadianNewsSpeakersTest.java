package io.newstrace.core.quotes;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path file = directory.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Samples.annotate(List.of(file)).get(0);
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
}
