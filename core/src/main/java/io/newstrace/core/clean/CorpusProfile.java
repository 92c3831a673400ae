package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the whole corpus says about page templates: how many documents carry each short, non-sentence line
 * (menus, widget labels, site slogans) and each headline suffix (" | Site name"). Built in a first pass over
 * the inputs; read-only while documents are cleaned. Keeps 64-bit hashes only, so its size stays small.
 */
public final class CorpusProfile {
    /** An empty profile: for cleaning a single document, or when no first pass was made. */
    public static final CorpusProfile EMPTY = new CorpusProfile(Map.of(), 0);

    private static final int MAX_TEMPLATE_WORDS = 15;
    private static final int HEADER_LINES = 6;

    private final Map<Long, Integer> documentCounts;
    private final int documents;

    private CorpusProfile(Map<Long, Integer> documentCounts, int documents) {
        this.documentCounts = documentCounts;
        this.documents = documents;
    }

    public int documents() {
        return documents;
    }

    /** How many documents carry this line (0 when it is not a candidate for template text). */
    int documentsWithLine(String text) {
        return documentCounts.getOrDefault(key("line", text), 0);
    }

    /** How many documents have a line near the top ending with this suffix after a separator. */
    int documentsWithTitleSuffix(String suffix) {
        return documentCounts.getOrDefault(key("suffix", suffix), 0);
    }

    private static long key(String kind, String text) {
        String normalised = Folding.matchForm(text).toLowerCase(Locale.ROOT).replaceAll("\\d", "0");
        long hash = 0xcbf29ce484222325L;
        for (char c : (kind + ":" + normalised).toCharArray()) {
            hash ^= c;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Counts lines document by document. Not thread-safe: feed it from one thread. */
    public static final class Builder {
        private final Map<Long, Integer> counts = new HashMap<>();
        private final Set<String> functionWords;
        private int documents;

        Builder(Set<String> functionWords) {
            this.functionWords = functionWords;
        }

        public void add(String raw) {
            documents++;
            Set<Long> seen = new HashSet<>();
            List<Line> lines = Line.split(raw);
            for (Line line : lines) {
                TextShape shape = TextShape.of(line.text(), functionWords);
                if (shape.words() > 0 && shape.words() <= MAX_TEMPLATE_WORDS && !shape.endsSentence()) {
                    seen.add(key("line", line.text()));
                }
                if (line.index() < HEADER_LINES) {
                    TitleSuffix.split(line.text()).ifPresent(split -> seen.add(key("suffix", split.suffix())));
                }
            }
            for (Long key : seen) {
                counts.merge(key, 1, Integer::sum);
            }
        }

        public CorpusProfile build() {
            Map<Long, Integer> repeated = new HashMap<>();
            counts.forEach((key, count) -> {
                if (count > 1) {
                    repeated.put(key, count);
                }
            });
            return new CorpusProfile(Map.copyOf(repeated), documents);
        }
    }
}
