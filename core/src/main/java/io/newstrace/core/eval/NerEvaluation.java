package io.newstrace.core.eval;

import io.newstrace.core.ner.EntityRecognizer;
import io.newstrace.core.ner.EntityTagger;
import io.newstrace.core.ner.EntityTaggerTrainer.Sentence;
import io.newstrace.core.ner.TaggedCorpus;
import io.newstrace.core.ner.TaggedCorpus.TagSpan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an entity tagger on annotated sentences as the recogniser uses it (spans that do not look like names
 * dropped, {@link EntityRecognizer#isName}): exact-span precision, recall and F1 per type (CoNLL style).
 */
public final class NerEvaluation {
    /** Counts for one type: spans predicted, spans in the truth, spans right. */
    public record Counts(long predicted, long truth, long correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return truth == 0 ? 0 : (double) correct / truth;
        }

        public double f1() {
            return CleanEvaluation.f1(precision(), recall());
        }
    }

    /** Counts per type, and "ALL". */
    public record Report(Map<String, Counts> byType, long sentences, long tokens) {
        public String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d sentences, %d tokens%n", sentences,
                    tokens));
            out.append(String.format(Locale.ROOT, "%-5s %9s %9s %9s %7s %7s %7s%n", "type", "predicted", "truth",
                    "correct", "P", "R", "F1"));
            byType.forEach((type, c) -> out.append(String.format(Locale.ROOT, "%-5s %9d %9d %9d %7.3f %7.3f %7.3f%n",
                    type, c.predicted(), c.truth(), c.correct(), c.precision(), c.recall(), c.f1())));
            return out.toString();
        }
    }

    private NerEvaluation() {
    }

    public static Report evaluate(EntityTagger tagger, List<Sentence> sentences) {
        Map<String, long[]> counts = new TreeMap<>();
        long tokens = 0;
        for (Sentence sentence : sentences) {
            tokens += sentence.words().size();
            List<TagSpan> predicted = TaggedCorpus.spans(tagger.tag(sentence.words())).stream()
                    .filter(span -> EntityRecognizer.isName(sentence.words().subList(span.from(), span.to())))
                    .toList();
            List<TagSpan> truth = TaggedCorpus.spans(sentence.tags());
            Set<TagSpan> truthSet = new HashSet<>(truth);
            for (TagSpan span : predicted) {
                add(counts, span, 0, truthSet.contains(span));
            }
            for (TagSpan span : truth) {
                add(counts, span, 1, false);
            }
        }
        Map<String, Counts> byType = new TreeMap<>();
        counts.forEach((type, c) -> byType.put(type, new Counts(c[0], c[1], c[2])));
        return new Report(byType, sentences.size(), tokens);
    }

    private static void add(Map<String, long[]> counts, TagSpan span, int column, boolean correct) {
        for (String key : List.of(span.type(), "ALL")) {
            long[] c = counts.computeIfAbsent(key, k -> new long[3]);
            c[column]++;
            if (correct) {
                c[2]++;
            }
        }
    }
}
