package io.newstrace.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Drives the dashboard server over loopback: concurrent clients, each looping over a weighted mix of the API's
 * calls and the dashboard's files for a while, one request at a time, as people clicking through the dashboard.
 */
final class HttpLoad {
    /** What a client asks for, and how often (weights out of 100). */
    enum Endpoint {
        SEARCH("GET /api/search", 30), ARTICLE("GET /api/articles/{id}", 25), ENTITY("GET /api/entities/{id}", 10),
        STORY("GET /api/stories/{id}", 10), QUOTES("GET /api/quotes?speaker=", 10), GRAPH("GET /api/graph", 5),
        PAGE("GET /", 5), SCRIPT("GET /app.js", 5);

        final String label;
        final int weight;

        Endpoint(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }

        static Endpoint pick(SplittableRandom random) {
            int draw = random.nextInt(100);
            for (Endpoint endpoint : values()) {
                draw -= endpoint.weight;
                if (draw < 0) {
                    return endpoint;
                }
            }
            throw new IllegalStateException("weights do not add up to 100");
        }
    }

    /** What one or many clients measured: latencies and errors per endpoint (or per page part). */
    static final class Tally<K extends Enum<K>> {
        final Map<K, Latencies> latencies;
        final Map<K, Integer> errors;
        final List<String> firstErrors = new ArrayList<>();

        Tally(Class<K> keys) {
            latencies = new EnumMap<>(keys);
            errors = new EnumMap<>(keys);
            for (K key : keys.getEnumConstants()) {
                latencies.put(key, new Latencies());
                errors.put(key, 0);
            }
        }

        void error(K key, String what) {
            errors.merge(key, 1, Integer::sum);
            if (firstErrors.size() < 10) {
                firstErrors.add(what);
            }
        }

        void addAll(Tally<K> other) {
            other.latencies.forEach((key, values) -> latencies.get(key).addAll(values));
            other.errors.forEach((key, count) -> errors.merge(key, count, Integer::sum));
            other.firstErrors.stream().limit(10 - firstErrors.size()).forEach(firstErrors::add);
        }

        Latencies all() {
            Latencies all = new Latencies();
            latencies.values().forEach(all::addAll);
            return all;
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;
    private final BiFunction<Endpoint, SplittableRandom, String> paths;

    /** @param paths the path to ask for an endpoint, with its parameters drawn from the random source */
    HttpLoad(int port, BiFunction<Endpoint, SplittableRandom, String> paths) {
        this.port = port;
        this.paths = paths;
    }

    /** {@code clients} threads, each asking one request after another for {@code duration}. */
    Tally<Endpoint> run(int clients, Duration duration, long seed) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Tally<Endpoint>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
                results.add(threads.submit(() -> loop(random, deadline)));
            }
            Tally<Endpoint> total = new Tally<>(Endpoint.class);
            for (Future<Tally<Endpoint>> result : results) {
                try {
                    total.addAll(result.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a client failed", e.getCause());
                }
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    private Tally<Endpoint> loop(SplittableRandom random, long deadline) {
        Tally<Endpoint> tally = new Tally<>(Endpoint.class);
        try (LoopbackConnection connection = new LoopbackConnection(port, TIMEOUT_MILLIS)) {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                Endpoint endpoint = Endpoint.pick(random);
                get(connection, paths.apply(endpoint, random), tally, endpoint);
            }
        }
        return tally;
    }

    /** Parts of one article page: the page, its script, the chart library, and the article's data. */
    enum PagePart { PAGE, SCRIPT, ECHARTS, ARTICLE_DATA }

    /**
     * The time to get everything one article page needs, one request after another (a browser would fetch some in
     * parallel, so this is an upper bound): one sum per page.
     */
    Latencies pageReady(List<String> articleIds, int pages, long seed, Tally<PagePart> tally) {
        SplittableRandom random = new SplittableRandom(seed);
        Latencies ready = new Latencies();
        try (LoopbackConnection connection = new LoopbackConnection(port, TIMEOUT_MILLIS)) {
            for (int p = 0; p < pages; p++) {
                String id = articleIds.get(random.nextInt(articleIds.size()));
                long sum = 0;
                sum += get(connection, "/", tally, PagePart.PAGE);
                sum += get(connection, "/app.js", tally, PagePart.SCRIPT);
                sum += get(connection, "/webjars/echarts/5.3.1/dist/echarts.min.js", tally, PagePart.ECHARTS);
                sum += get(connection, "/api/articles/" + id, tally, PagePart.ARTICLE_DATA);
                ready.add(sum);
            }
        }
        return ready;
    }

    /** Gets the path, reads the whole answer, and records its latency (or its error); returns the latency. */
    private static <K extends Enum<K>> long get(LoopbackConnection connection, String path, Tally<K> tally, K key) {
        long started = System.nanoTime();
        try {
            LoopbackConnection.Answer answer = connection.get(path);
            long latency = System.nanoTime() - started;
            tally.latencies.get(key).add(latency);
            if (answer.status() / 100 != 2) {
                tally.error(key, path + " -> " + answer.status() + " " + answer.bodyStart());
            }
            return latency;
        } catch (IOException | RuntimeException e) {
            long latency = System.nanoTime() - started;
            tally.latencies.get(key).add(latency);
            tally.error(key, path + " -> " + e);
            return latency;
        }
    }
}
