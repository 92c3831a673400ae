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
}
