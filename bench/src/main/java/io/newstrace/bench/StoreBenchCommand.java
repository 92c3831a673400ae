package io.newstrace.bench;

import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.store.SearchIndex;
import io.newstrace.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code store --articles 100000}: writes a large analysed run, imports it into a store, then measures search
 * latency through the store's reader and the dashboard server under concurrent clients.
 */
@Command(name = "store",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a run of N articles as analyze would (Markov text trained on real French and English news, "
                + "quotes by a pool of 2,000 people, entities, stories, sources, reuse, provenance, outlet links), "
                + "then times Store.open + importRun (index included), search latency by kind of query, the "
                + "dashboard server under C concurrent clients for D seconds, and the time to fetch what one "
                + "article page needs.",
            "Prints the figures and the targets they are compared with; nothing is asserted."})
final class StoreBenchCommand implements Callable<Integer> {
    private static final double SEARCH_P99_TARGET_MS = 50;
    private static final double HTTP_P99_TARGET_MS = 100;
    private static final int HTTP_TARGET_CLIENTS = 50;
    private static final double PAGE_READY_TARGET_MS = 1000;
    private static final int PAGES = 200;

    @Option(names = {"-n", "--articles"}, paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--clients", paramLabel = "C", description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--seconds", paramLabel = "D", description = "Seconds of measured HTTP load (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--warmup-seconds", paramLabel = "W", description = "Seconds of HTTP load before the measured ones, "
            + "for the server's JIT compiler to finish its work (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 120;

    @Option(names = "--queries", paramLabel = "Q", description = "Measured searches (default: ${DEFAULT-VALUE}).")
    int queries = 2_000;

    @Option(names = "--warmup-queries", paramLabel = "W", description = "Searches before the measured ones (default: ${DEFAULT-VALUE}).")
    int warmupQueries = 1_000;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to write the run (DIR/run) and the store (DIR/store); must be new or empty, and is "
                    + "kept (default: a temporary directory, deleted afterwards unless --keep).")
    Path dir;

    @Option(names = "--keep", description = "Keep the temporary directory and print where it is.")
    boolean keep;

    @Option(names = "--reuse", description = "With --dir: measure the store that an earlier run with the same "
            + "--articles and --seed left in DIR, without importing again (the run is generated again, for the "
            + "requests).")
    boolean reuse;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--profile", description = "Sample thread stacks during the import and the searches and print "
            + "where the time goes; record the server with Java Flight Recorder (server.jfr beside the store; use --dir "
            + "or --keep).")
    boolean profile;

    @Option(names = "--server-jvm-option", paramLabel = "OPTION",
            description = "An option for the server's JVM (repeatable), e.g. -Xmx1g.")
    List<String> serverJvmOptions = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources = new SourceOptions();

    private final PrintStream out;

    StoreBenchCommand() {
        this(System.out);
    }

    StoreBenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "store benchmark: %d articles, %d processors, max heap %d MB, Java %s%n", articles,
                Runtime.getRuntime().availableProcessors(), HeapPeak.maxHeapBytes() >> 20,
                System.getProperty("java.version"));
        Path base = dir != null ? dir : Files.createTempDirectory("newstrace-store-bench");
        if (reuse && dir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reuse needs --dir");
        }
        if (dir != null && !reuse) {
            Corpora.requireEmpty(dir);
        }
        try {
            run(base);
        } finally {
            if (dir == null && !keep) {
                Corpora.deleteRecursively(base);
            } else {
                out.println("kept " + base);
            }
        }
        return 0;
    }

    private void run(Path base) throws IOException, InterruptedException {
        OutletRegistry registry = OutletRegistry.bundled();
        List<Path> training = ReuseCorpus.trainingDirectories(sources.directories(),
                CorpusGenerator.resolvePages(sources.pages));
        ReuseCorpus french = ReuseCorpus.train(training, seed, p -> "fr".equals(languageOf(p)));
        ReuseCorpus english = ReuseCorpus.train(training, seed, p -> "en".equals(languageOf(p)));
        out.printf(Locale.ROOT, "chains: French %d training words, English %d%n", french.vocabulary().size(),
                english.vocabulary().size());
        StoreCorpus corpus = new StoreCorpus(french, english, registry, seed);

        Path runDir = base.resolve("run");
        long started = System.nanoTime();
        StoreCorpus.Written written = corpus.write(runDir, articles);
        out.printf(Locale.ROOT, "generated in %.1f s: articles.jsonl %.1f MB, run directory %.1f MB, counts %s%n",
                seconds(started), written.bytes() / 1e6, sizeOf(runDir) / 1e6, written.counts());

        Path storeDir = base.resolve("store");
        SearchCases cases;
        double searchP99;
        try (Store store = Store.open(storeDir)) {
            if (reuse) {
                long stored = store.reader().counts().get("articles");
                if (stored != articles) {
                    throw new IllegalStateException(storeDir + " holds " + stored + " articles, not " + articles
                            + ": run without --reuse into an empty directory");
                }
                out.println("store: reused from an earlier run, import not measured");
            } else {
                measureImport(store, runDir, storeDir, registry);
            }
            List<String> places = StoreCorpus.placeIds();
            cases = new SearchCases(vocabulary(french, english), written.phrases(), written.outletIds(),
                    places, corpus);
            searchP99 = measureSearch(store, cases);
        }
        measureHttp(base, storeDir, cases, written, corpus, searchP99);
    }

    private void measureImport(Store store, Path runDir, Path storeDir, OutletRegistry registry) throws IOException {
        printLoad("before the import");
        HeapPeak.reset();
        long started = System.nanoTime();
        StackSampler importSampler = profile ? new StackSampler(10) : null;
        Store.ImportResult imported = store.importRun(runDir, registry);
        long nanos = System.nanoTime() - started;
        if (importSampler != null) {
            importSampler.close();
            importSampler.print(out, "importRun", 15);
        }
        out.println(new Figures("import+index", imported.added(), Files.size(runDir.resolve("articles.jsonl")),
                nanos, HeapPeak.peakBytes(), 1).line());
        out.printf(Locale.ROOT, "store size: newstrace.db %.1f MB, newstrace.db-wal %.1f MB, index/ %.1f MB%n",
                sizeOf(storeDir.resolve("newstrace.db")) / 1e6, sizeOf(storeDir.resolve("newstrace.db-wal")) / 1e6,
                sizeOf(storeDir.resolve("index")) / 1e6);
    }

    /** The words of both chains' training text, for frequent and rare query words. */
    private static List<String> vocabulary(ReuseCorpus french, ReuseCorpus english) {
        List<String> words = new ArrayList<>(french.vocabulary());
        words.addAll(english.vocabulary());
        return words;
    }

    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans",
            "pour", "que", "qui", "sur", "au", "aux", "pas", "ont", "été", "avec", "par");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "is", "in", "to", "that", "for",
            "was", "with", "on", "by", "has", "have", "are", "were", "it", "from");

    /** "fr" or "en" when a paragraph's function words clearly say so, else null: enough to split the training text. */
    static String languageOf(String paragraph) {
        int french = 0;
        int english = 0;
        for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            french += FRENCH_WORDS.contains(word) ? 1 : 0;
            english += ENGLISH_WORDS.contains(word) ? 1 : 0;
        }
        if (french >= 3 && french > 3 * english) {
            return "fr";
        }
        return english >= 3 && english > 3 * french ? "en" : null;
    }

    /** Warm-up, then the measured searches one after another; returns the overall p99 in ms. */
    private double measureSearch(Store store, SearchCases cases) {
        out.printf(Locale.ROOT, "%nsearch: %d warm-up and %d measured queries, one thread, 20 hits a page; %d frequent "
                + "and %d rare words%n", warmupQueries, queries, cases.frequentWords(), cases.rareWords());
        SplittableRandom warmup = new SplittableRandom(seed ^ 0x5EA3C4L);
        for (int q = 0; q < warmupQueries; q++) {
            store.reader().search(cases.next(q, warmup).query());
        }
        Map<SearchCases.Kind, Latencies> byKind = new EnumMap<>(SearchCases.Kind.class);
        Map<SearchCases.Kind, long[]> hitsByKind = new EnumMap<>(SearchCases.Kind.class);
        for (SearchCases.Kind kind : SearchCases.Kind.values()) {
            byKind.put(kind, new Latencies());
            hitsByKind.put(kind, new long[2]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int errors = 0;
        printLoad("before the searches");
        try (StackSampler sampler = profile ? new StackSampler(5) : null) {
            for (int q = 0; q < queries; q++) {
                SearchCases.Case search = cases.next(q, random);
                long started = System.nanoTime();
                try {
                    SearchIndex.Result result = store.reader().search(search.query());
                    byKind.get(search.kind()).add(System.nanoTime() - started);
                    long[] hits = hitsByKind.get(search.kind());
                    hits[0] += result.total();
                    hits[1] += result.total() > 0 ? 1 : 0;
                } catch (IllegalArgumentException e) {
                    errors++;
                    out.println("search error: " + search + ": " + e.getMessage());
                }
            }
            if (sampler != null) {
                sampler.print(out, "the searches", 15);
            }
        }
        Latencies all = new Latencies();
        long totalHits = 0;
        long withHits = 0;
        for (SearchCases.Kind kind : SearchCases.Kind.values()) {
            Latencies latencies = byKind.get(kind);
            long[] hits = hitsByKind.get(kind);
            out.printf(Locale.ROOT, "search %-22s %s   mean total hits %9.0f%n", kind.label, latencies.figures(),
                    latencies.count() == 0 ? 0.0 : (double) hits[0] / latencies.count());
            all.addAll(latencies);
            totalHits += hits[0];
            withHits += hits[1];
        }
        out.printf(Locale.ROOT, "search %-22s %s%n", "all", all.figures());
        out.printf(Locale.ROOT, "search total hits: %d (%d of %d queries found something; %d errors)%n", totalHits,
                withHits, queries, errors);
        return all.percentileMillis(0.99);
    }

    private void measureHttp(Path base, Path storeDir, SearchCases cases, StoreCorpus.Written written,
                             StoreCorpus corpus, double searchP99) throws IOException, InterruptedException {
        List<String> ids = written.articleIds();
        List<String> stories = written.storyIds();
        List<String> jvmOptions = new ArrayList<>(serverJvmOptions);
        if (profile) {
            jvmOptions.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + base.resolve("server.jfr"));
        }
        try (ServerProcess server = ServerProcess.start(storeDir, jvmOptions, base.resolve("server.log"))) {
            out.printf(Locale.ROOT, "%nserver: newstrace serve in a child JVM (pid %d, options %s), output in %s%n",
                    server.pid(), jvmOptions, server.log());
            HttpLoad load = new HttpLoad(server.port(), (endpoint, random) -> switch (endpoint) {
                case SEARCH -> cases.next(random.nextInt(SearchCases.Kind.values().length), random).path();
                case ARTICLE -> "/api/articles/" + ids.get(random.nextInt(ids.size()));
                // People as visitors find them: the much-quoted ones most often.
                case ENTITY -> "/api/entities/" + mentionedPerson(corpus, written, random);
                case STORY -> "/api/stories/" + stories.get(random.nextInt(stories.size()));
                case QUOTES -> "/api/quotes?speaker=" + mentionedPerson(corpus, written, random);
                case GRAPH -> random.nextInt(4) == 0 ? "/api/graph?level=article&story="
                        + stories.get(random.nextInt(stories.size())) : "/api/graph";
                case PAGE -> "/";
                case SCRIPT -> "/app.js";
            });
            HttpLoad.Tally<HttpLoad.Endpoint> warmup = load.run(clients, Duration.ofSeconds(warmupSeconds), ~seed);
            out.printf(Locale.ROOT, "http: %d clients over loopback; warm-up %d s (%d requests, %d errors), then "
                            + "%d s measured%n", clients, warmupSeconds, warmup.all().count(), warmup.errorCount(),
                    seconds);
            printLoad("before the HTTP load");
            long started = System.nanoTime();
            Duration serverCpuBefore = server.cpuTime();
            Duration clientCpuBefore = ownCpuTime();
            HttpLoad.Tally<HttpLoad.Endpoint> tally = load.run(clients, Duration.ofSeconds(seconds), seed);
            double elapsed = seconds(started);
            Duration serverCpu = server.cpuTime().minus(serverCpuBefore);
            Duration clientCpu = ownCpuTime().minus(clientCpuBefore);
            printLoad("after the HTTP load");
            for (HttpLoad.Endpoint endpoint : HttpLoad.Endpoint.values()) {
                out.printf(Locale.ROOT, "http %-26s %s   errors %d%n", endpoint.label, tally.latencies.get(endpoint)
                        .figures(), tally.errors.get(endpoint));
            }
            Latencies all = tally.all();
            out.printf(Locale.ROOT, "http %-26s %s   errors %d%n", "all", all.figures(), tally.errorCount());
            out.printf(Locale.ROOT, "http throughput: %.0f requests/s (%d requests in %.1f s)%n", all.count() / elapsed,
                    all.count(), elapsed);
            out.printf(Locale.ROOT, "http errors: %d of %d requests%n", tally.errorCount(), all.count());
            // Other jobs on the machine stretch latencies but hardly the CPU a request costs the server.
            double cpuMillisPerRequest = serverCpu.toNanos() / 1e6 / Math.max(1, all.count());
            out.printf(Locale.ROOT, "server CPU: %.1f s in %.1f s, %.2f ms per request: the server alone could answer %.0f requests/s "
                    + "on %d cores with nothing else running%n", serverCpu.toNanos() / 1e9, elapsed,
                    cpuMillisPerRequest, Runtime.getRuntime().availableProcessors() * 1000 / cpuMillisPerRequest,
                    Runtime.getRuntime().availableProcessors());
            // The clients share the cores with the server: what they cost is CPU the server does not get.
            out.printf(Locale.ROOT, "client CPU (this process, one blocking keep-alive connection per client): %.1f s, %.2f ms per request%n",
                    clientCpu.toNanos() / 1e9, clientCpu.toNanos() / 1e6 / Math.max(1, all.count()));
            tally.firstErrors.forEach(error -> out.println("  error: " + error));

            HttpLoad.Tally<HttpLoad.PagePart> parts = new HttpLoad.Tally<>(HttpLoad.PagePart.class);
            Latencies ready = load.pageReady(ids, PAGES, seed, parts);
            out.printf(Locale.ROOT, "%npage ready (/, /app.js, echarts.min.js, /api/articles/{id}, one after another, "
                    + "no other load):%n");
            for (HttpLoad.PagePart part : HttpLoad.PagePart.values()) {
                out.printf(Locale.ROOT, "page %-26s %s   errors %d%n", part.name().toLowerCase(Locale.ROOT),
                        parts.latencies.get(part).figures(), parts.errors.get(part));
            }
            out.printf(Locale.ROOT, "page %-26s %s   errors %d%n", "ready (sum)", ready.figures(), parts.errorCount());
            parts.firstErrors.forEach(error -> out.println("  error: " + error));

            out.println();
            target("search p99 <= 50 ms", searchP99, SEARCH_P99_TARGET_MS, "");
            target("http p99 <= 100 ms", all.percentileMillis(0.99), HTTP_P99_TARGET_MS,
                    clients == HTTP_TARGET_CLIENTS ? "" : " (the target is for 50 clients; this run had " + clients + ")");
            out.printf(Locale.ROOT, "target http errors = 0: %d, %s%n", tally.errorCount(),
                    tally.errorCount() == 0 ? "met" : "MISSED");
            target("page ready p99 <= 1 s", ready.percentileMillis(0.99), PAGE_READY_TARGET_MS, "");
        }
    }

    /** A person drawn with the pool's weights among those the articles mention (a small corpus misses some). */
    private static String mentionedPerson(StoreCorpus corpus, StoreCorpus.Written written, SplittableRandom random) {
        while (true) {
            String id = corpus.person(random).id();
            if (written.entityIds().contains(id)) {
                return id;
            }
        }
    }

    /** The machine is shared: the load average tells how much else ran beside the benchmark. */
    private void printLoad(String when) {
        out.printf(Locale.ROOT, "system load average %s: %.2f%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void target(String what, double measuredMs, double targetMs, String note) {
        out.printf(Locale.ROOT, "target %s: %.1f ms, %s%s%n", what, measuredMs, measuredMs <= targetMs ? "met" : "MISSED",
                note);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Bytes of a file, or of all files under a directory; 0 when absent. */
    private static long sizeOf(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        if (Files.isRegularFile(path)) {
            return Files.size(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static Duration ownCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow(() -> new IllegalStateException(
                "the system does not tell this process's CPU time"));
    }
}
