package io.newstrace.core.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What an {@code analyze} run did: counts, problems and times, as written to {@code run.json}; {@code engine} says
 * where the documents were analysed ({@link Pipeline#SINGLE_NODE} or a {@link DistributedEngine#name}).
 */
public record RunSummary(
        Instant started,
        Instant finished,
        List<String> inputs,
        long files,
        long skippedFiles,
        long documents,
        long articles,
        long previousArticles,
        long duplicates,
        long paragraphs,
        long removedSpans,
        long quotes,
        long entities,
        long sources,
        long reusedPassages,
        long matchedQuotes,
        long provenanceEdges,
        long stories,
        List<Problem> problems,
        long firstPassMillis,
        long analyzeMillis,
        long corpusMillis,
        String engine) {

    public RunSummary {
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(Problem::error).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    public long wallMillis() {
        return finished.toEpochMilli() - started.toEpochMilli();
    }

    public double articlesPerSecond() {
        return wallMillis() == 0 ? articles : articles * 1000.0 / wallMillis();
    }
}
