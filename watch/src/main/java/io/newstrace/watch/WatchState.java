package io.newstrace.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newstrace.core.export.AtomicFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@code watch} remembers between rounds, in {@code DIR/watch-state.json}: per feed URL, the validators of
 * the last copy read (for conditional requests) and the keys of the items already handled.
 */
public record WatchState(Map<String, FeedState> feeds) {
    public static final String FILE_NAME = "watch-state.json";
    static final String FORMAT = "newstrace-watch/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One feed's memory.
     *
     * @param validators of the last copy read; NONE when the next poll must read the feed whole
     * @param seen       keys of the items handled (added to DIR, or refused for good)
     */
    public record FeedState(PoliteFetcher.Validators validators, Set<String> seen) {
        public static final FeedState NEW = new FeedState(PoliteFetcher.Validators.NONE, Set.of());

        public FeedState {
            seen = Set.copyOf(seen);
        }
    }

    public WatchState {
        feeds = Map.copyOf(feeds);
    }

    public FeedState feed(URI feed) {
        return feeds.getOrDefault(feed.toString(), FeedState.NEW);
    }

    public WatchState with(URI feed, FeedState state) {
        Map<String, FeedState> updated = new LinkedHashMap<>(feeds);
        updated.put(feed.toString(), state);
        return new WatchState(updated);
    }

    /** The state in {@code file}; empty when there is none yet. */
    public static WatchState read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new WatchState(Map.of());
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a watch state file (format " + FORMAT + ")");
        }
        Map<String, FeedState> feeds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("feeds").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> feed = it.next();
            JsonNode node = feed.getValue();
            Set<String> seen = new LinkedHashSet<>();
            node.path("seen").forEach(key -> seen.add(key.asText()));
            feeds.put(feed.getKey(), new FeedState(new PoliteFetcher.Validators(text(node, "etag"),
                    text(node, "last_modified")), seen));
        }
        return new WatchState(feeds);
    }

    /** Writes the state under a temporary name and moves it into place, so a kill leaves the old state or the new. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ObjectNode feedsNode = root.putObject("feeds");
        feeds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(feed -> {
            ObjectNode node = feedsNode.putObject(feed.getKey());
            node.put("etag", feed.getValue().validators().etag());
            node.put("last_modified", feed.getValue().validators().lastModified());
            ArrayNode seen = node.putArray("seen");
            feed.getValue().seen().stream().sorted().forEach(seen::add);
        });
        try (AtomicFile out = new AtomicFile(file)) {
            out.writer().write(JSON.writeValueAsString(root));
            out.writer().write('\n');
            out.commit();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
