package io.newstrace.bench;

import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.Span;
import io.newstrace.core.reuse.PassageFinder;
import io.newstrace.core.reuse.ReuseConfig;
import io.newstrace.core.reuse.ReuseText;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReuseCorpusTest {
    private static final Path PAGES = Path.of("..", "core", "src", "test", "resources", "pages");
    private static final ReuseCorpus CORPUS = ReuseCorpus.train(ReuseCorpus.trainingDirectories(
            List.of(Path.of("..", "samples", "mali-russia"), PAGES), PAGES), 7);

    @Test
    void plantedSpansHoldTheCopiedWordsWithinTheirEditRate() {
        List<ReuseCorpus.Planted> planted = IntStream.range(0, 400).mapToObj(CORPUS::article)
                .flatMap(article -> article.planted().stream()).toList();

        assertThat(planted).hasSizeGreaterThan(50);
        for (ReuseCorpus.Planted p : planted) {
            String source = CORPUS.article(p.source()).text().substring(p.sourceStart(), p.sourceEnd());
            String copy = CORPUS.article(p.target()).text().substring(p.targetStart(), p.targetEnd());
            assertThat(p.editRate()).isBetween(0.0, 0.2);
            // Each edit changes, drops or inserts one word: the copy keeps all but the edited source words, in order.
            List<String> sourceWords = words(source);
            List<String> copyWords = words(copy);
            int edits = (int) Math.round(p.editRate() * p.words());
            assertThat(sourceWords).hasSize(p.words());
            assertThat(ReuseScore.commonWords(sourceWords.toArray(String[]::new), copyWords.toArray(String[]::new)))
                    .isGreaterThanOrEqualTo(p.words() - edits);
            assertThat(copyWords.size()).isBetween(p.words() - edits, p.words() + edits);
        }
    }

    /** Words as the generator splits them: at every character Java calls white space. */
    private static List<String> words(String text) {
        StringBuilder spaced = new StringBuilder();
        text.chars().forEach(c -> spaced.append(Character.isWhitespace(c) ? ' ' : (char) c));
        return List.of(spaced.toString().strip().split(" +"));
    }

    @Test
    void theFinderRecoversThePlantedPassagesOfASmallCorpus() {
        int size = 300;
        List<ReuseCorpus.Article> articles = IntStream.range(0, size).mapToObj(CORPUS::article).toList();
        List<ReuseText> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String text = articles.get(i).text();
            texts.add(ReuseText.of(ReuseBenchCommand.id(i), text, List.of(new Span(0, text.length()))));
        }
        ForkJoinPool workers = new ForkJoinPool(2);
        List<Reuse> found = new PassageFinder(ReuseConfig.DEFAULT, 1 << 16).find(size, texts::get, workers);
        workers.shutdown();

        List<ReuseCorpus.Planted> clear = articles.stream().flatMap(a -> a.planted().stream())
                .filter(p -> p.words() >= 40 && p.editRate() <= 0.1).toList();
        assertThat(clear).hasSizeGreaterThan(10);
        for (ReuseCorpus.Planted p : clear) {
            assertThat(found).anySatisfy(reuse -> {
                assertThat(List.of(reuse.a(), reuse.b())).containsExactlyInAnyOrder(
                        ReuseBenchCommand.id(p.source()), ReuseBenchCommand.id(p.target()));
                Span target = reuse.a().equals(ReuseBenchCommand.id(p.target())) ? reuse.aSpan() : reuse.bSpan();
                assertThat(Math.min(target.end(), p.targetEnd()) - Math.max(target.start(), p.targetStart()))
                        .isGreaterThan((p.targetEnd() - p.targetStart()) / 2);
            });
        }
    }
}
