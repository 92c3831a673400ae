package io.newstrace.core.reuse;

import io.newstrace.core.Samples;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Constructed copies of real article paragraphs (the labelled pages): verbatim, edited, partial, re-ordered. */
class PassageFinderTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static List<Article> pages;
    private static ForkJoinPool workers;

    @BeforeAll
    static void load() {
        pages = Samples.clean(Samples.pageFiles());
        workers = new ForkJoinPool(2);
    }

    @AfterAll
    static void stop() {
        workers.shutdown();
    }

    private static Article page(String prefix) {
        return pages.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The longest body paragraph of a page. */
    private static String paragraph(String prefix, int rank) {
        Article article = page(prefix);
        return article.paragraphs().stream().sorted((x, y) -> Integer.compare(y.length(), x.length()))
                .skip(rank).findFirst().orElseThrow().of(article.raw());
    }

    /** A passage runs from its first word to its last: surrounding punctuation is not part of it. */
    private static String words(String text) {
        Matcher word = WORD.matcher(text);
        word.find();
        int start = word.start();
        int end = word.end();
        while (word.find()) {
            end = word.end();
        }
        return text.substring(start, end);
    }

    private static ReuseText text(String id, String raw) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher blocks = Pattern.compile("[^\\n]+").matcher(raw);
        while (blocks.find()) {
            paragraphs.add(new Span(blocks.start(), blocks.end()));
        }
        return ReuseText.of(id, raw, paragraphs);
    }

    private static List<Reuse> find(ReuseText... texts) {
        return new PassageFinder(ReuseConfig.DEFAULT, 1 << 20).find(texts.length, i -> texts[i], workers);
    }

    @Test
    void aParagraphCopiedIntoAnotherArticleIsFoundWithItsExactSpans() {
        String copied = paragraph("en-reuters", 0);
        String host = page("en-voa").text();
        int cut = host.indexOf("\n\n", host.length() / 2);
        String relay = host.substring(0, cut) + "\n\n" + copied + host.substring(cut);
        String origin = page("en-reuters").text();

        List<Reuse> found = find(text("origin", origin), text("relay", relay));

        assertThat(found).hasSize(1);
        Reuse reuse = found.get(0);
        assertThat(reuse.a()).isEqualTo("origin");
        assertThat(reuse.aSpan().of(origin)).isEqualTo(words(copied));
        assertThat(reuse.bSpan().of(relay)).isEqualTo(words(copied));
        assertThat(reuse.score()).isEqualTo(1.0);
        assertThat(reuse.method()).isEqualTo(PassageFinder.METHOD);
    }

    @Test
    void aCopyWithOneWordInTenChangedDroppedOrInsertedStaysOnePassage() {
        String copied = paragraph("fr-euronews", 0) + " " + paragraph("fr-euronews", 1);
        Matcher words = WORD.matcher(copied);
        StringBuilder edited = new StringBuilder();
        int last = 0;
        int index = 0;
        while (words.find()) {
            edited.append(copied, last, words.start());
            if (index % 10 != 3) {
                edited.append(words.group());
            } else if (index / 10 % 3 == 0) {
                edited.append("remplacé");
            } else if (index / 10 % 3 == 1) {
                edited.append(words.group()).append(" ajouté");
            }
            index++;
            last = words.end();
        }
        edited.append(copied.substring(last));
        assertThat(index).isGreaterThan(60);

        List<Reuse> found = find(text("a", copied), text("b", "Un autre début.\n" + edited));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).aSpan().length()).isGreaterThan(copied.strip().length() * 9 / 10);
        assertThat(found.get(0).score()).isBetween(0.6, 0.95);
    }

    @Test
    void reOrderedParagraphsAreSeparatePassages() {
        String first = paragraph("en-ap", 0);
        String second = paragraph("en-ap", 1);
        List<Reuse> found = find(text("a", first + "\n" + second), text("b", second + "\n" + first));

        assertThat(found).hasSize(2);
        assertThat(found).extracting(r -> r.aSpan().of(first + "\n" + second))
                .containsExactlyInAnyOrder(words(first), words(second));
    }

    @Test
    void unrelatedArticlesOnTheSameKindOfSubjectShareNoPassage() {
        List<ReuseText> texts = pages.stream().map(a -> ReuseText.of(a.id(), a.raw(), a.paragraphs())).toList();
        assertThat(find(texts.toArray(ReuseText[]::new))).isEmpty();
    }

    @Test
    void theSampleArticlesAreIndependentReportsWithoutCopiedPassages() {
        List<Article> samples = Samples.clean(Samples.sampleFiles());
        List<ReuseText> texts = samples.stream().map(a -> ReuseText.of(a.id(), a.raw(), a.paragraphs())).toList();
        assertThat(find(texts.toArray(ReuseText[]::new))).isEmpty();
    }

    @Test
    void stockPhrasesInManyArticlesStillLinkEveryCopyOfAWireStory() {
        String wire = paragraph("en-reuters", 0);
        List<ReuseText> texts = new ArrayList<>();
        ReuseConfig config = new ReuseConfig(5, 4, 2, 4, 16, 20, 0.6);
        for (int i = 0; i < 12; i++) {
            texts.add(text(String.format("copy%02d", i), "Relayed by outlet " + i + ".\n" + wire));
        }
        List<Reuse> found = new PassageFinder(config, 64).find(texts.size(), texts::get, workers);

        assertThat(found).extracting(Reuse::a).contains("copy00", "copy01");
        assertThat(found).extracting(Reuse::b).contains("copy11");
        assertThat(found.stream().filter(r -> r.a().equals("copy00"))).hasSize(11);
        assertThat(found.size()).isLessThan(12 * 11 / 2);
    }
}
