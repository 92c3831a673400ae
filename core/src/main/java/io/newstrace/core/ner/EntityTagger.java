package io.newstrace.core.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A named-entity tagger: an averaged perceptron over {@link TokenFeatures}, reading a sentence left to right and
 * giving each token a BIO tag (B-PER, I-PER, B-ORG, …, O). Weights live in a hashed table so the model's size
 * is fixed whatever the training data. Immutable and thread-safe once built.
 */
public final class EntityTagger {
    /** The file's first string, followed by the model's feature set: newstrace-ner-1, newstrace-ner-2. */
    private static final String MAGIC = "newstrace-ner-";

    private final List<String> tags;
    private final int featureSet;
    private final int bucketBits;
    private final float[] weights;

    EntityTagger(List<String> tags, int featureSet, int bucketBits, float[] weights) {
        this.tags = List.copyOf(tags);
        this.featureSet = featureSet;
        this.bucketBits = bucketBits;
        this.weights = weights;
    }

    /** The BIO tag of each word of a sentence. */
    public List<String> tag(List<String> words) {
        List<String> lower = new ArrayList<>(words.size());
        List<String> shapes = new ArrayList<>(words.size());
        for (String word : words) {
            lower.add(TokenFeatures.lower(word));
            shapes.add(TokenFeatures.shape(word));
        }
        List<String> out = new ArrayList<>(words.size());
        long[] features = new long[TokenFeatures.MAX];
        double[] scores = new double[tags.size()];
        for (int i = 0; i < words.size(); i++) {
            String prev1 = i > 0 ? out.get(i - 1) : "<s>";
            String prev2 = i > 1 ? out.get(i - 2) : "<s>";
            int n = TokenFeatures.extract(words, lower, shapes, i, prev1, prev2, featureSet, features);
            score(features, n, scores);
            out.add(tags.get(best(scores, prev1)));
        }
        return out;
    }

    void score(long[] features, int n, double[] scores) {
        java.util.Arrays.fill(scores, 0);
        int width = tags.size();
        for (int f = 0; f < n; f++) {
            int row = bucket(features[f]) * width;
            for (int t = 0; t < width; t++) {
                scores[t] += weights[row + t];
            }
        }
    }

    int bucket(long hash) {
        return (int) ((hash ^ (hash >>> 29)) & ((1L << bucketBits) - 1));
    }

    /** The best tag that may follow {@code prev}: I-X only after B-X or I-X. */
    int best(double[] scores, String prev) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            String tag = tags.get(t);
            if (tag.startsWith("I-") && !(prev.length() > 2 && prev.substring(2).equals(tag.substring(2)))) {
                continue;
            }
            if (best < 0 || scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }

    public void save(OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeUTF(MAGIC + featureSet);
            data.writeInt(tags.size());
            for (String tag : tags) {
                data.writeUTF(tag);
            }
            data.writeInt(bucketBits);
            // Weights are stored as 16-bit fixed point with one scale: the model stays small, the ranking of tags
            // is unchanged to well within a percent.
            float max = 0;
            for (float w : weights) {
                max = Math.max(max, Math.abs(w));
            }
            float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
            data.writeFloat(scale);
            for (float w : weights) {
                data.writeShort(Math.round(w / scale));
            }
        }
    }

    public static EntityTagger load(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            String magic = data.readUTF();
            int featureSet = switch (magic) {
                case MAGIC + 1 -> 1;
                case MAGIC + 2 -> 2;
                default -> throw new IOException("not a Newstrace entity model");
            };
            int count = data.readInt();
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tags.add(data.readUTF());
            }
            int bits = data.readInt();
            float scale = data.readFloat();
            float[] weights = new float[(1 << bits) * count];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = data.readShort() * scale;
            }
            return new EntityTagger(tags, featureSet, bits, weights);
        }
    }
}
