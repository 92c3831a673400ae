package io.newstrace.core.ner;

import io.newstrace.core.ner.EntityTaggerTrainer.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaggedCorpusTest {

    @Test
    void readsConllColumnsAndConvertsIob1(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.conll");
        Files.writeString(file, "-DOCSTART- O\n\nLe O\nprésident O\nAssimi I-PER\nGoïta I-PER\nà O\nBamako I-LOC\n\n"
                + "Sputnik\tB-ORG\nrapporte\tO\n", StandardCharsets.UTF_8);
        List<Sentence> sentences = TaggedCorpus.read(file);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).tags()).containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC");
        assertThat(TaggedCorpus.spans(sentences.get(0).tags())).extracting(TaggedCorpus.TagSpan::toString)
                .containsExactly("PER 2 4", "LOC 5 6");
    }

    @Test
    void readsWikinerLinesAndMapsTypes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.txt");
        Files.writeString(file, "Il|PRO:PER|O rencontre|VER:pres|O Sergueï|NAM|I-PERS Lavrov|NAM|I-PERS à|PRP|O "
                + "Moscou|NAM|I-GPE .|PUN|O\n", StandardCharsets.UTF_8);
        Sentence sentence = TaggedCorpus.read(file).get(0);
        assertThat(sentence.words()).containsExactly("Il", "rencontre", "Sergueï", "Lavrov", "à", "Moscou", ".");
        assertThat(sentence.tags()).containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void splitsElidedArticlesAsThePipelineTokenizes() {
        Sentence sentence = TaggedCorpus.splitElisions(new Sentence(
                List.of("l'Autrichien", "Monteleone", "d'Orvieto", "l'Autriche", "aujourd'hui", "'s", "n't"),
                List.of("O", "B-LOC", "I-LOC", "B-LOC", "O", "O", "O")));
        assertThat(sentence.words()).containsExactly("l'", "Autrichien", "Monteleone", "d'", "Orvieto", "l'",
                "Autriche", "aujourd'hui", "'s", "n't");
        assertThat(sentence.tags()).containsExactly("O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "O", "O", "O");
    }

    @Test
    void tellsSentencesWhoseEntitiesAreNotNames() {
        assertThat(TaggedCorpus.annotatesOnlyNames(new Sentence(List.of("Liste", "des", "communes", "du", "Tarn"),
                List.of("B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC")))).isFalse();
        assertThat(TaggedCorpus.annotatesOnlyNames(new Sentence(List.of("Il", "vit", "à", "Côte", "d'", "Ivoire"),
                List.of("O", "O", "O", "B-LOC", "I-LOC", "I-LOC")))).isTrue();
    }
}
