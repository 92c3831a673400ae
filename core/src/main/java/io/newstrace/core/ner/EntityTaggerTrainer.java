package io.newstrace.core.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains an {@link EntityTagger}: the averaged perceptron (Collins 2002), greedy left to right with the tags it
 * predicted as history, as in spaCy's and NLTK's taggers. Averaging uses the usual lazy update: each weight
 * keeps the step of its last change.
 */
public final class EntityTaggerTrainer {
    /** A training sentence: words and their BIO tags. */
    public record Sentence(List<String> words, List<String> tags) {
    }

    /** Progress after each pass over the data. */
    public interface Listener {
        void epochDone(int epoch, double tokenAccuracy);
    }

    private EntityTaggerTrainer() {
    }

    public static EntityTagger train(List<Sentence> sentences, int epochs, int bucketBits, long seed,
                                     Listener listener) {
        TreeSet<String> tagSet = new TreeSet<>();
        sentences.forEach(s -> tagSet.addAll(s.tags()));
        tagSet.add("O");
        List<String> tags = new ArrayList<>(tagSet);
        int width = tags.size();
        float[] weights = new float[(1 << bucketBits) * width];
        double[] totals = new double[weights.length];
        int[] stamps = new int[weights.length];
        EntityTagger model = new EntityTagger(tags, TokenFeatures.CURRENT_SET, bucketBits, weights);
        List<Sentence> order = new ArrayList<>(sentences);
        Random random = new Random(seed);
        long[] features = new long[TokenFeatures.MAX];
        double[] scores = new double[width];
        int step = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            long right = 0;
            long seen = 0;
            for (Sentence sentence : order) {
                List<String> words = sentence.words();
                List<String> lower = new ArrayList<>(words.size());
                List<String> shapes = new ArrayList<>(words.size());
                for (String word : words) {
                    lower.add(TokenFeatures.lower(word));
                    shapes.add(TokenFeatures.shape(word));
                }
                List<String> predicted = new ArrayList<>(words.size());
                for (int i = 0; i < words.size(); i++) {
                    step++;
                    String prev1 = i > 0 ? predicted.get(i - 1) : "<s>";
                    String prev2 = i > 1 ? predicted.get(i - 2) : "<s>";
                    int n = TokenFeatures.extract(words, lower, shapes, i, prev1, prev2, TokenFeatures.CURRENT_SET,
                            features);
                    model.score(features, n, scores);
                    int guess = model.best(scores, prev1);
                    int truth = tags.indexOf(reachable(sentence.tags().get(i), prev1));
                    if (guess != truth) {
                        for (int f = 0; f < n; f++) {
                            int row = model.bucket(features[f]) * width;
                            update(weights, totals, stamps, row + truth, 1, step);
                            update(weights, totals, stamps, row + guess, -1, step);
                        }
                    } else {
                        right++;
                    }
                    seen++;
                    predicted.add(tags.get(guess));
                }
            }
            if (listener != null) {
                listener.epochDone(epoch, (double) right / Math.max(1, seen));
            }
        }
        for (int i = 0; i < weights.length; i++) {
            totals[i] += (double) (step - stamps[i]) * weights[i];
            weights[i] = (float) (totals[i] / Math.max(1, step));
        }
        return new EntityTagger(tags, TokenFeatures.CURRENT_SET, bucketBits, weights);
    }

    /**
     * The gold tag as the decoder may give it after the tag it predicted for the previous word: I-X there only
     * after B-X or I-X, so I-X after anything else is learnt as B-X. Learning an I-X the decoder cannot give
     * would inflate that tag's weights without end, and they would then win wherever it is allowed.
     */
    static String reachable(String gold, String previous) {
        if (gold.startsWith("I-") && !(previous.length() > 2 && previous.substring(2).equals(gold.substring(2)))) {
            return "B-" + gold.substring(2);
        }
        return gold;
    }

    private static void update(float[] weights, double[] totals, int[] stamps, int index, int delta, int step) {
        totals[index] += (double) (step - stamps[index]) * weights[index];
        stamps[index] = step;
        weights[index] += delta;
    }
}
