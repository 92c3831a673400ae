package io.newstrace.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores story clustering against articles labelled with the event they report: a JSON-lines file in the input
 * format of {@code analyze} (with {@code id}) whose lines also carry {@code event}. The file is analysed like any
 * input, into a temporary directory, and the {@code stories.jsonl} it gives is compared with the labels by BCubed
 * precision and recall (per article: the share of its story that reports its event, and the share of its event that
 * is in its story; averaged over articles), the measure of the TDT and news-clustering literature.
 */
public final class StoryEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryEvaluation() {
    }

    /** BCubed figures, the sizes, and the events split or merged, worst first. */
    public record Report(double precision, double recall, int articles, int events, int stories, List<String> lines) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public String format() {
            StringBuilder out = new StringBuilder();
            lines.forEach(line -> out.append(line).append('\n'));
            out.append(String.format(Locale.ROOT, "%n%d articles, %d events, %d stories%n", articles, events, stories));
            out.append(String.format(Locale.ROOT, "BCubed: precision %.3f recall %.3f F1 %.3f%n", precision, recall,
                    f1()));
            return out.toString();
        }
    }

    public static Report evaluate(Path labelled, AnalyzeConfig config) throws IOException {
        Map<String, String> events = labels(labelled);
        Path out = Files.createTempDirectory("newstrace-eval-stories-");
        try {
            new Pipeline(config.withKeepPrevious(false)).run(List.of(labelled.toString()),
                    new ByteArrayInputStream(new byte[0]), out, ProgressListener.NONE);
            List<List<String>> stories = new ArrayList<>();
            for (String line : Files.readAllLines(out.resolve("stories.jsonl"), StandardCharsets.UTF_8)) {
                List<String> members = new ArrayList<>();
                JSON.readTree(line).get("articles").forEach(id -> members.add(id.asText()));
                stories.add(members);
            }
            return score(events, stories);
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Article id → event label, from the {@code id} and {@code event} fields of each line. */
    static Map<String, String> labels(Path labelled) throws IOException {
        Map<String, String> events = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(labelled, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (!node.path("id").isTextual() || !node.path("event").isTextual()) {
                throw new IllegalArgumentException(labelled + ":" + number + ": needs \"id\" and \"event\"");
            }
            events.put(node.get("id").asText(), node.get("event").asText());
        }
        return events;
    }

    /**
     * BCubed over the labelled articles found in {@code stories} (an article the run dropped counts as a story of
     * its own, so that losing articles is not rewarded).
     */
    static Report score(Map<String, String> events, List<List<String>> stories) {
        Map<String, Integer> storyOf = new HashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (String article : stories.get(s)) {
                storyOf.put(article, s);
            }
        }
        int next = stories.size();
        for (String article : events.keySet()) {
            if (!storyOf.containsKey(article)) {
                storyOf.put(article, next++);
            }
        }
        Map<Integer, List<String>> byStory = new HashMap<>();
        Map<String, List<String>> byEvent = new HashMap<>();
        events.forEach((article, event) -> {
            byStory.computeIfAbsent(storyOf.get(article), k -> new ArrayList<>()).add(article);
            byEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(article);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> labelled : events.entrySet()) {
            List<String> story = byStory.get(storyOf.get(labelled.getKey()));
            long same = story.stream().filter(other -> events.get(other).equals(labelled.getValue())).count();
            precision += (double) same / story.size();
            recall += (double) same / byEvent.get(labelled.getValue()).size();
        }
        List<String> lines = new ArrayList<>();
        byEvent.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(event -> {
            long parts = event.getValue().stream().map(storyOf::get).distinct().count();
            if (parts > 1) {
                lines.add("SPLIT   " + event.getKey() + ": " + event.getValue().size() + " articles in " + parts
                        + " stories");
            }
        });
        byStory.values().stream().filter(members -> members.stream().map(events::get).distinct().count() > 1)
                .forEach(members -> lines.add("MERGED  " + members.stream().map(events::get).distinct().sorted()
                        .toList() + " in one story"));
        int n = events.size();
        return new Report(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, n, byEvent.size(),
                (int) events.keySet().stream().map(storyOf::get).distinct().count(), lines);
    }
}
