package io.newstrace.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The feeds to watch: URLs given as arguments, or files that list one URL a line ({@code #} starts a comment). */
public final class FeedList {
    private FeedList() {
    }

    /**
     * Each argument that starts with {@code http://} or {@code https://} is a feed; any other is a file of feeds.
     * Duplicates are dropped, order is kept.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed URL, or a file that cannot be read
     */
    public static List<URI> read(List<String> arguments) {
        Set<URI> feeds = new LinkedHashSet<>();
        for (String argument : arguments) {
            if (looksLikeUrl(argument)) {
                feeds.add(parse(argument, argument));
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(Path.of(argument), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the feed list " + argument + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    feeds.add(parse(line, argument + ":" + (i + 1)));
                }
            }
        }
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feed URL given");
        }
        return new ArrayList<>(feeds);
    }

    private static boolean looksLikeUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static URI parse(String text, String where) {
        try {
            URI uri = new URI(text);
            if (!looksLikeUrl(text) || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http or https URL with a host");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": not a feed URL: " + e.getMessage(), e);
        }
    }
}
