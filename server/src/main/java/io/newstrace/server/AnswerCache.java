package io.newstrace.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answers of the API as they were written, by request (path and query), for one store generation: a store
 * changes only when an import commits, and visitors ask for the same pages (a much-quoted person, the graph, the
 * front page) far more often than for others. Least recently used answers go first once the bytes held pass the
 * bound; an import makes every held answer stale.
 */
final class AnswerCache {
    private final long maxBytes;
    private final Map<String, byte[]> answers = new LinkedHashMap<>(1024, 0.75f, true);
    private long generation = -1;
    private long bytes;

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer written for this request at this generation, or null. */
    synchronized byte[] get(String request, long storeGeneration) {
        if (storeGeneration != generation) {
            return null;
        }
        return answers.get(request);
    }

    synchronized void put(String request, long storeGeneration, byte[] answer) {
        if (storeGeneration < generation) {
            return;
        }
        if (storeGeneration > generation) {
            // Answers of an older generation are wrong now.
            answers.clear();
            bytes = 0;
            generation = storeGeneration;
        }
        if (answer.length > maxBytes / 16) {
            return;
        }
        byte[] previous = answers.put(request, answer);
        bytes += answer.length - (previous == null ? 0 : previous.length);
        for (Iterator<byte[]> oldest = answers.values().iterator(); bytes > maxBytes && oldest.hasNext(); ) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }
}
