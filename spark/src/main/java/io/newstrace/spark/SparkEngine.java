package io.newstrace.spark;

import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputSource;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.DistributedEngine;
import io.newstrace.core.pipeline.Pipeline;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The {@code analyze} run's per-document work as Spark jobs. The first pass reads every input on the executors (one
 * task per input file) and keeps the documents; the corpus profile is counted from them (each distinct document's
 * line keys, summed per key) and broadcast. The second pass sorts the documents into ranges of input order, analyses
 * them with {@link Pipeline#outcome} where they are, and the driver reads the results back partition by partition in
 * input order: ids, duplicates, the corpus stages and the exports stay with {@link Pipeline#run}, so the output bytes
 * are those of the single-node engine.
 */
public final class SparkEngine implements DistributedEngine {
    public static final String NAME = "spark";
    /** Analysis partitions per core: several, so that a partition of long articles does not leave cores idle. */
    private static final int PARTITIONS_PER_CORE = 4;

    private final JavaSparkContext spark;
    private final PipelineSettings settings;
    /** The documents and problems of the first pass, keyed by input order, kept for the second. */
    private JavaPairRDD<Long, IngestEvent> events;

    public SparkEngine(JavaSparkContext spark, AnalyzeConfig config) {
        this.spark = spark;
        this.settings = PipelineSettings.of(config);
    }

    /**
     * A Spark context for a run: {@code master} as given, else the one spark-submit set, else all local cores. The web
     * UI and the metrics servlet are off: a batch job needs neither, and their servlet API is not the CLI's.
     */
    public static SparkEngine open(AnalyzeConfig config, String master) {
        SparkConf conf = new SparkConf().setAppName("newstrace analyze").set("spark.ui.enabled", "false")
                .set(NoMetricsServlet.SETTING, NoMetricsServlet.class.getName());
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        JavaSparkContext spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
        return new SparkEngine(spark, config);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CorpusProfile profile(List<InputSource> sources) {
        releaseEvents();
        List<SourceTask> tasks = IntStream.range(0, sources.size())
                .mapToObj(i -> SourceTask.of(i, sources.get(i))).toList();
        PipelineSettings settings = this.settings;
        events = spark.parallelize(tasks, Math.max(1, Math.min(tasks.size(), partitions())))
                .flatMapToPair(task -> task.read(settings.input()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        // An exact duplicate counts once, as in the single-node pass: the same key means the same text.
        JavaPairRDD<String, long[]> distinctDocuments = events.values()
                .filter(event -> event instanceof IngestEvent.Read)
                .mapToPair(event -> {
                    var document = ((IngestEvent.Read) event).document();
                    return new Tuple2<>(Pipeline.duplicateKey(document),
                            ExecutorPipelines.profileKeys(settings, document.raw()));
                })
                .reduceByKey((first, same) -> first)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long documents = distinctDocuments.count();
            Map<Long, Integer> counts = distinctDocuments.values()
                    .flatMapToPair(keys -> LongStream.of(keys).mapToObj(key -> new Tuple2<>(key, 1)).iterator())
                    .reduceByKey(Integer::sum)
                    .filter(count -> count._2() > 1)
                    .collectAsMap();
            return CorpusProfile.of(new HashMap<>(counts), Math.toIntExact(documents));
        } finally {
            distinctDocuments.unpersist(false);
        }
    }

    @Override
    public void analyze(List<InputSource> sources, CorpusProfile profile, Sink sink) {
        if (events == null) {
            throw new IllegalStateException("the second pass reads what the first pass (profile) read");
        }
        PipelineSettings settings = this.settings;
        Broadcast<CorpusProfile> sharedProfile = spark.broadcast(profile);
        JavaPairRDD<Long, Analysed> analysed = events.sortByKey(true, partitions())
                .mapValues(event -> Analysed.of(event, settings, sharedProfile.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            analysed.count(); // analyses every partition at once; reading them back below is then only transfer
            Iterator<Tuple2<Long, Analysed>> inOrder = analysed.toLocalIterator();
            while (inOrder.hasNext()) {
                Tuple2<Long, Analysed> next = inOrder.next();
                Analysed result = next._2();
                if (result.outcome() != null) {
                    sink.analysed(SourceTask.source(next._1()), result.outcome());
                } else {
                    sink.problem(result.problem());
                }
            }
        } finally {
            analysed.unpersist(false);
            sharedProfile.destroy();
            releaseEvents();
        }
    }

    private int partitions() {
        return Math.max(1, spark.defaultParallelism() * PARTITIONS_PER_CORE);
    }

    private void releaseEvents() {
        if (events != null) {
            events.unpersist(false);
            events = null;
        }
    }

    @Override
    public void close() {
        releaseEvents();
        spark.close();
    }

    /** One event of the second pass as it comes back: a document's outcome, or a failure or warning of the reader. */
    record Analysed(IngestEvent problem, Pipeline.Outcome outcome) implements Serializable {
        static Analysed of(IngestEvent event, PipelineSettings settings, CorpusProfile profile) {
            if (event instanceof IngestEvent.Read read) {
                return new Analysed(null, ExecutorPipelines.pipeline(settings).outcome(read.document(), profile));
            }
            return new Analysed(event, null);
        }
    }
}
