package io.newstrace.bench;

import io.newstrace.core.reuse.ReuseText;
import io.newstrace.spark.NoMetricsServlet;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Candidate article pairs from Spark MLlib's {@code MinHashLSH} on the same shingles as {@code PassageFinder}: each
 * article is cut into windows of {@value #WINDOW} words (stride {@value #STRIDE}), because a paragraph copied into a
 * long article leaves whole-article Jaccard similarity near zero; each window is a binary vector of its shingle
 * hashes (2^{@value #FEATURE_BITS} features), and a self-join keeps window pairs within the Jaccard distance
 * threshold. Article pairs are the distinct pairs of their windows' articles.
 */
final class SparkMinHash implements AutoCloseable {
    static final int WINDOW = 50;
    static final int STRIDE = 25;
    static final int FEATURE_BITS = 22;

    private final SparkSession spark;
    private final int hashTables;
    private final double maxDistance;

    SparkMinHash(int threads, int hashTables, double maxDistance) {
        this.spark = SparkSession.builder().master("local[" + threads + "]").appName("newstrace-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
                .config("spark.driver.memory", "3g")
                // Spark's metrics servlet is built on the servlet 5 API, which the dashboard's servlet 6 replaces.
                .config(NoMetricsServlet.SETTING, NoMetricsServlet.class.getName()).getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        this.hashTables = hashTables;
        this.maxDistance = maxDistance;
    }

    String description() {
        return "windows of " + WINDOW + " words (stride " + STRIDE + "), " + hashTables + " hash tables, Jaccard "
                + "distance <= " + maxDistance;
    }

    /** Candidate pairs as {@code min << 32 | max} article numbers. */
    Set<Long> candidates(int count, IntFunction<ReuseText> texts, int shingleSize) {
        List<Row> rows = new ArrayList<>();
        for (int article = 0; article < count; article++) {
            long[] shingles = texts.apply(article).shingles(shingleSize);
            for (int from = 0; from < Math.max(1, shingles.length - WINDOW + STRIDE); from += STRIDE) {
                int to = Math.min(shingles.length, from + WINDOW);
                int[] indices = Arrays.stream(shingles, from, to)
                        .mapToInt(h -> (int) (h >>> (64 - FEATURE_BITS))).distinct().sorted().toArray();
                if (indices.length == 0) {
                    continue;
                }
                double[] ones = new double[indices.length];
                Arrays.fill(ones, 1.0);
                rows.add(RowFactory.create(article, Vectors.sparse(1 << FEATURE_BITS, indices, ones)));
            }
        }
        StructType schema = new StructType().add("article", DataTypes.IntegerType)
                .add("features", SQLDataTypes.VectorType());
        Dataset<Row> windows = spark.createDataFrame(rows, schema).repartition(spark.sparkContext().defaultParallelism() * 4)
                .cache();
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables).setInputCol("features")
                .setOutputCol("hashes").setSeed(1).fit(windows);
        List<Row> pairs = model.approxSimilarityJoin(windows, windows, maxDistance, "distance")
                .selectExpr("datasetA.article AS a", "datasetB.article AS b")
                .where("a < b").distinct().collectAsList();
        windows.unpersist();
        Set<Long> candidates = new HashSet<>();
        for (Row pair : pairs) {
            candidates.add((long) pair.getInt(0) << 32 | pair.getInt(1));
        }
        return candidates;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
