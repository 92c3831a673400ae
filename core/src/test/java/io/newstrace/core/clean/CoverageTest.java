package io.newstrace.core.clean;

import io.newstrace.core.Samples;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.MetadataSpan;
import io.newstrace.core.model.RemovedSpan;
import io.newstrace.core.model.Span;
import io.newstrace.core.text.Folding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost and every offset is true: on every sample and fixture page, paragraphs, removed spans and
 * metadata spans are valid ranges of raw, do not overlap, and together cover every non-white-space character.
 */
class CoverageTest {

    @Test
    void spansPartitionEveryPageWithoutLoss() {
        List<Path> files = Stream.concat(Samples.sampleFiles().stream(), Samples.pageFiles().stream()).toList();
        List<Article> articles = Samples.clean(files);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(5);
        for (Article article : articles) {
            assertPartition(article);
        }
    }

    static void assertPartition(Article article) {
        String raw = article.raw();
        List<Span> spans = new ArrayList<>(article.paragraphs());
        article.removed().stream().map(RemovedSpan::span).forEach(spans::add);
        article.metadata().stream().map(MetadataSpan::span).forEach(spans::add);
        spans.sort(Comparator.comparingInt(Span::start));
        boolean[] covered = new boolean[raw.length()];
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.end()).as("span inside raw of %s", article.id()).isLessThanOrEqualTo(raw.length());
            assertThat(span.start()).as("spans overlap in %s", article.id()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.of(raw)).as("span is trimmed in %s", article.id())
                    .isNotEmpty()
                    .matches(text -> !Folding.isSpace(text.charAt(0)) && !Folding.isSpace(text.charAt(text.length() - 1)));
            for (int i = span.start(); i < span.end(); i++) {
                covered[i] = true;
            }
            previousEnd = span.end();
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!Folding.isSpace(raw.charAt(i))) {
                assertThat(covered[i]).as("character %d (%s) of %s is in no span", i, raw.charAt(i), article.id())
                        .isTrue();
            }
        }
        StringBuilder text = new StringBuilder();
        for (Span paragraph : article.paragraphs()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(paragraph.of(raw));
        }
        assertThat(article.text()).isEqualTo(text.toString());
    }
}
