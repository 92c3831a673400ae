package io.newstrace.cli;

import io.newstrace.core.eval.NerEvaluation;
import io.newstrace.core.ner.EntityTagger;
import io.newstrace.core.ner.EntityTaggerTrainer;
import io.newstrace.core.ner.EntityTaggerTrainer.Sentence;
import io.newstrace.core.ner.TaggedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newstrace train ...}: trains a model from annotated data. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Trains a model from annotated data.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand {

    @Command(name = "ner",
            mixinStandardHelpOptions = true,
            description = {
                "Trains an entity model (averaged perceptron, BIO tags for PER, ORG, LOC, MISC) on annotated "
                    + "sentences: CoNLL columns or WikiNER word|POS|tag lines, plain or .gz. Sentences with an entity "
                    + "that does not look like a name are left out; French elided articles are split off their word "
                    + "as the tokenizer splits them.",
                "With --dev, prints the scores on held-out sentences after training."})
    static final class Ner implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "Annotated training files.")
        private List<Path> corpora;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
        private Path out;

        @Option(names = "--dev", paramLabel = "FILE", description = "Held-out sentences to score the model on.")
        private Path dev;

        @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
        private int epochs = 8;

        @Option(names = "--bucket-bits", paramLabel = "B",
                description = "log2 of the feature table size (default: ${DEFAULT-VALUE}).")
        private int bucketBits = 20;

        @Option(names = "--seed", paramLabel = "S", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
        private long seed = 1;

        @Override
        public Integer call() throws Exception {
            List<Sentence> sentences = new ArrayList<>();
            int dropped = 0;
            for (Path corpus : corpora) {
                for (Sentence read : TaggedCorpus.read(corpus)) {
                    Sentence sentence = TaggedCorpus.splitElisions(read);
                    if (TaggedCorpus.annotatesOnlyNames(sentence)) {
                        sentences.add(sentence);
                    } else {
                        dropped++;
                    }
                }
            }
            System.err.printf(Locale.ROOT, "training on %d sentences (%d left out: an entity that does not look like a "
                    + "name), %d epochs%n", sentences.size(), dropped, epochs);
            long start = System.nanoTime();
            EntityTagger tagger = EntityTaggerTrainer.train(sentences, epochs, bucketBits, seed,
                    (epoch, accuracy) -> System.err.printf(Locale.ROOT, "epoch %d: token accuracy %.4f (%.0f s)%n",
                            epoch, accuracy, (System.nanoTime() - start) / 1e9));
            try (OutputStream stream = Files.newOutputStream(out)) {
                tagger.save(stream);
            }
            System.err.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
            if (dev != null) {
                System.out.print(NerEvaluation.evaluate(tagger, TaggedCorpus.read(dev)).format());
            }
            return 0;
        }
    }
}
