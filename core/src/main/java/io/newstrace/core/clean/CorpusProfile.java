package io.newstrace.core.clean;

import io.newstrace.core.text.Folding;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What the whole corpus says about page templates: how many documents carry each short, non-sentence line
 * (menus, widget labels, site slogans) and each headline suffix (" | Site name"). Built in a first pass over
 * the inputs; its counts are read-only while documents are cleaned. Keeps 64-bit hashes only, so its size stays
 * small. A profile serves the cleaner whose {@link Cleaner#newProfileBuilder builder} made it (or one with the same
 * configuration), during one run. It travels as its counts alone (to the executors of a distributed run), so that
 * each copy remembers line facts afresh.
 */
public final class CorpusProfile implements Serializable {
    private static final int MAX_TEMPLATE_WORDS = 15;
    private static final int HEADER_LINES = 6;
    /** Kinds of key, so that a line and a suffix with the same text count apart. */
    private static final long LINE = 1;
    private static final long SUFFIX = 2;
    private static final long NO_KEY = Long.MIN_VALUE;

    /** Lines up to this length are remembered: menus, widgets and footers recur verbatim from page to page. */
    private static final int MAX_REMEMBERED_LINE = 200;
    private static final int MAX_REMEMBERED_LINES = 100_000;

    private final Map<Long, Integer> documentCounts;
    private final int documents;
    /**
     * The facts of short lines met while cleaning, computed once per run. They depend only on the line and this
     * profile, so remembering them changes no result; the map stops growing at its cap.
     */
    private final transient Map<String, Cleaner.LineFacts> lineFacts = new ConcurrentHashMap<>();

    private CorpusProfile(Map<Long, Integer> documentCounts, int documents) {
        this.documentCounts = documentCounts;
        this.documents = documents;
    }

    public int documents() {
        return documents;
    }

    /**
     * A profile from per-key document counts gathered elsewhere (a distributed first pass): {@code documentCounts}
     * holds, for each key of {@link Builder#keys}, how many distinct documents carry it.
     */
    public static CorpusProfile of(Map<Long, Integer> documentCounts, int documents) {
        Map<Long, Integer> repeated = new HashMap<>();
        documentCounts.forEach((key, count) -> {
            if (count > 1) {
                repeated.put(key, count);
            }
        });
        return new CorpusProfile(Map.copyOf(repeated), documents);
    }

    private Object writeReplace() {
        return new Counts(documentCounts, documents);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("a profile is serialized as its counts");
    }

    /** The serialized form: the counts, without the remembered line facts. */
    private record Counts(Map<Long, Integer> documentCounts, int documents) implements Serializable {
        private Object readResolve() {
            return new CorpusProfile(documentCounts, documents);
        }
    }

    /** The facts of a line, from memory when the line was met before in this run. */
    Cleaner.LineFacts lineFacts(String text, BiFunction<String, CorpusProfile, Cleaner.LineFacts> compute) {
        if (text.length() > MAX_REMEMBERED_LINE) {
            return compute.apply(text, this);
        }
        Cleaner.LineFacts known = lineFacts.get(text);
        if (known != null) {
            return known;
        }
        Cleaner.LineFacts facts = compute.apply(text, this);
        if (lineFacts.size() < MAX_REMEMBERED_LINES) {
            lineFacts.put(text, facts);
        }
        return facts;
    }

    /** How many documents carry this line, given in lower-cased {@link Folding#matchForm} (0: not a candidate). */
    int documentsWithLine(String foldedLower) {
        return documentCounts.getOrDefault(key(LINE, foldedLower), 0);
    }

    /** How many documents have a line near the top ending with this suffix after a separator. */
    int documentsWithTitleSuffix(String suffix) {
        return documentCounts.getOrDefault(key(SUFFIX, Folding.lowerMatchForm(suffix)), 0);
    }

    /** FNV-1a over the folded text with every digit read as 0, so that dated or numbered template lines match. */
    private static long key(long kind, String foldedLower) {
        long hash = 0xcbf29ce484222325L ^ kind;
        for (int i = 0; i < foldedLower.length(); i++) {
            char c = foldedLower.charAt(i);
            hash ^= Character.isDigit(c) ? '0' : c;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Counts lines document by document; documents may be added from several threads. */
    public static final class Builder {
        private final Map<Long, Integer> counts = new HashMap<>();
        private final FunctionWords functionWords;
        /** Keys of short lines already met (template lines recur on every page of a site); NO_KEY: not a candidate. */
        private final Map<String, Long> lineKeys = new ConcurrentHashMap<>();
        private int documents;

        Builder(FunctionWords functionWords) {
            this.functionWords = functionWords;
        }

        public void add(String raw) {
            Set<Long> seen = keys(raw);
            synchronized (this) {
                documents++;
                for (Long key : seen) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }

        /** The keys one document counts for: its template-candidate lines and headline suffixes. */
        public Set<Long> keys(String raw) {
            Set<Long> seen = new HashSet<>();
            List<Line> lines = Line.split(raw);
            for (Line line : lines) {
                long key = line.text().length() > MAX_REMEMBERED_LINE ? lineKey(line.text())
                        : lineKeys.size() < MAX_REMEMBERED_LINES
                        ? lineKeys.computeIfAbsent(line.text(), this::lineKey)
                        : lineKeys.getOrDefault(line.text(), lineKey(line.text()));
                if (key != NO_KEY) {
                    seen.add(key);
                }
                if (line.index() < HEADER_LINES) {
                    TitleSuffix.split(line.text()).ifPresent(split -> seen.add(key(SUFFIX,
                            Folding.lowerMatchForm(split.suffix()))));
                }
            }
            return seen;
        }

        private long lineKey(String text) {
            TextShape shape = TextShape.of(text, functionWords);
            if (shape.words() > 0 && shape.words() <= MAX_TEMPLATE_WORDS && !shape.endsSentence()) {
                return key(LINE, Folding.lowerMatchForm(text));
            }
            return NO_KEY;
        }

        public synchronized CorpusProfile build() {
            return of(counts, documents);
        }
    }
}
