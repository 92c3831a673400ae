package io.newstrace.core.clean;

import io.newstrace.core.Samples;
import io.newstrace.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadParagraphTest {

    /**
     * HuffPost (Reuters), "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’" (2016-07-31,
     * PolNeAR training split): title, first paragraph and the sixth. The lead holds few function words among its
     * names and titles, fewer than running text, and had been removed as navigation.
     */
    @Test
    void aLeadDenseWithNamesAfterTheTitleIsBody(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hacked.txt");
        Files.writeString(file, """
                Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’

                WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said Russian intelligence services hacked into Democratic National Committee computers and she accused Republican contender Donald Trump of showing support for Russian President Vladimir Putin.

                Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump to that conclusion.
                """);
        Article article = Samples.clean(List.of(file)).get(0);
        assertThat(Samples.fate(article, "WASHINGTON (Reuters) - U.S. Democratic")).contains("body");
        assertThat(Samples.fate(article, "Clinton Says Russians Hacked DNC")).contains("title");
    }

    /**
     * Breitbart, "Glenn Beck Blasts Drudge for Mocking His Fast, …" (2016-05-03), and "Lynch: No outside influence
     * on FBI probe into Clinton emails." (2016-02-08), PolNeAR training split: title and first two paragraphs each.
     * The headline ends with a full stop and holds enough function words to read as prose; in title case, or
     * opening with the name of who speaks in it, it is the headline all the same.
     */
    @Test
    void aHeadlineThatReadsAsProseIsTheTitle(@TempDir Path dir) throws IOException {
        Path beck = dir.resolve("beck.txt");
        Files.writeString(beck, """
                Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to ‘Turn Away’ from ‘Boasters’ and ‘Blasphemers’ Like Trump.

                After blasting the Drudge Report for linking to a Breitbart article about his latest fast, Glenn Beck doubled down on his religious rhetoric by reciting a passage from the Bible about “boasters” and “blasphemers” to encourage Indiana voters to “turn away” from GOP frontrunner Donald Trump.

                At a rally for Ted Cruz at the Indiana State Fair Grounds yesterday, Beck said, “Ted and I were just driving in, and he’s laughing on his iPhone. He said, ‘Well, you made another Drudge headline.’ And I said, ‘Well, it’s better than the headline of you pushing Carly off the stage.’”
                """);
        Path lynch = dir.resolve("lynch.txt");
        Files.writeString(lynch, """
                Lynch: No outside influence on FBI probe into Clinton emails.

                WASHINGTON (AP) — Attorney General Loretta Lynch is reaffirming that the FBI’s probe into Hillary Clinton’s use of a private email server while secretary of state is free of outside political influence.

                She told The Associated Press on Monday that the FBI investigation is independent and is being conducted by career lawyers looking at the facts and evidence.
                """);
        List<Article> articles = Samples.clean(List.of(beck, lynch));
        assertThat(Samples.fate(articles.get(0), "Glenn Beck Blasts Drudge")).contains("title");
        assertThat(Samples.fate(articles.get(0), "After blasting the Drudge Report")).contains("body");
        assertThat(Samples.fate(articles.get(1), "Lynch: No outside influence")).contains("title");
    }

    /**
     * An article by Eamon Lynch (2019-01-07; Gender Gap Tracker, development split, 5c33e1a71e67d78e27d2193c), its
     * first three paragraphs: the text has no headline, and its short first sentence in sentence case is the lead.
     */
    @Test
    void aShortLeadInSentenceCaseIsBody(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("golf.txt");
        Files.writeString(file, """
                The most popular punching bag in golf finally said “no mas.”

                Mike Davis has announced that he’ll no longer oversee golf course setup at U.S. Opens to better focus on his role as CEO of the U.S. Golf Association. It’s a development sure to disorient those accustomed to j’accusing Davis for every shortcoming – real or imagined – at the national open.

                The thankless task of running the players’ pity party at Pebble Beach in June will fall to John Bodenhamer, who has been in charge of USGA amateur championships since 2011.
                """);
        Article article = Samples.clean(List.of(file)).get(0);
        assertThat(Samples.fate(article, "The most popular punching bag in golf")).contains("body");
    }
}
