package io.newstrace.core.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.newstrace.core.clean.Cleaner;
import io.newstrace.core.clean.CorpusProfile;
import io.newstrace.core.export.ArticleJson;
import io.newstrace.core.export.AtomicFile;
import io.newstrace.core.export.CsvTables;
import io.newstrace.core.export.GexfWriter;
import io.newstrace.core.export.ReportWriter;
import org.apache.commons.csv.CSVPrinter;
import io.newstrace.core.export.RunJson;
import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputFormat;
import io.newstrace.core.ingest.InputSource;
import io.newstrace.core.ingest.InputWalker;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.Document;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.annotate.Annotator;
import io.newstrace.core.entities.EntityMerger;
import io.newstrace.core.export.EntityJson;
import io.newstrace.core.export.QuoteJson;
import io.newstrace.core.export.SourceJson;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.model.Entity;
import io.newstrace.core.model.Quote;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.export.ProvenanceJson;
import io.newstrace.core.export.ReuseJson;
import io.newstrace.core.export.StoryJson;
import io.newstrace.core.model.Story;
import io.newstrace.core.stories.StoryArticle;
import io.newstrace.core.stories.StoryTerms;
import io.newstrace.core.provenance.ProvenanceArticle;
import io.newstrace.core.provenance.ProvenanceGraph;
import io.newstrace.core.reuse.PassageFinder;
import io.newstrace.core.reuse.QuoteMatcher;
import io.newstrace.core.reuse.ReuseText;
import io.newstrace.core.reuse.SpilledTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code analyze} run: reads the inputs twice (a first pass profiles the corpus, the second cleans and
 * annotates each document on all worker threads) and writes the exports. Output order is input order, ids are
 * content hashes (or the ids given in JSON lines), so the same inputs give the same bytes whatever the thread count.
 */
public final class Pipeline {
    /** The engine named in {@code run.json} when the documents are analysed on this process's threads. */
    public static final String SINGLE_NODE = "single-node";
    private static final int BATCH_PER_THREAD = 64;
    /** Entries of the reuse index held in memory before it spills to disk (8 bytes each). */
    private static final long REUSE_MEMORY_ENTRIES = 1L << 23;
    /**
     * Quote matching compares quotes across articles, so a page that repeats one statement thousands of times (a
     * hostile page) would make millions of pairs with another such page. No real article holds this many quotes.
     */
    private static final int MAX_MATCHED_QUOTES_PER_ARTICLE = 250;

    private final AnalyzeConfig config;
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final OutletRegistry registry;
    private final StoryTerms storyTerms = new StoryTerms();

    /** @throws IllegalArgumentException when a registry file of the configuration cannot be read or is malformed */
    public Pipeline(AnalyzeConfig config) {
        this.config = config;
        this.cleaner = new Cleaner(config.clean());
        try {
            this.registry = OutletRegistry.load(config.registryFiles());
            this.annotator = new Annotator(config.languages(), config.clean().languages(), registry);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
    }

    public Cleaner cleaner() {
        return cleaner;
    }

    /**
     * Cleans and annotates one document: the per-article pipeline, a pure function. A thread interrupted between the
     * two stages (its document ran out of time) stops there.
     */
    public Annotated analyze(Document document, String id, CorpusProfile profile) {
        Article cleaned = cleaner.clean(document, id, profile);
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted after cleaning");
        }
        return annotator.annotate(cleaned);
    }

    /**
     * The per-document work of a run, wherever it runs: the analysed article under its canonical id with what the
     * corpus stages will need of it, or the problem that stopped it. A pure function, as {@link #analyze} is.
     */
    public Outcome outcome(Document document, CorpusProfile profile) {
        return analyzeSafely(document, articleId(document), profile);
    }

    /** Analyses the documents on this process's worker threads. */
    public RunSummary run(List<String> inputs, InputStream stdin, Path outDir, ProgressListener listener)
            throws IOException {
        return run(inputs, stdin, outDir, listener, null);
    }

    /**
     * Analyses the documents with {@code engine} (both passes over the inputs), or on this process's worker threads
     * when it is null; ids, duplicates and the corpus stages are decided here either way, so the exports are the same.
     */
    public RunSummary run(List<String> inputs, InputStream stdin, Path outDir, ProgressListener listener,
                          DistributedEngine engine) throws IOException {
        Instant started = Instant.now();
        Files.createDirectories(outDir);
        InputWalker.Expansion expansion = new InputWalker(stdin).expand(inputs);
        DocumentReader reader = new DocumentReader(config.input());

        List<InputSource> sources = new ArrayList<>();
        InputSource previous = previousRun(outDir);
        if (previous != null) {
            sources.add(previous);
        }
        sources.addAll(expansion.sources());
        ForkJoinPool workers = new ForkJoinPool(config.threads());
        ThreadPoolExecutor analysts = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), analysisThreads());
        try {
            long firstPassStart = System.nanoTime();
            CorpusProfile profile = engine == null ? profile(sources, workers) : engine.profile(sources);
            long firstPassMillis = (System.nanoTime() - firstPassStart) / 1_000_000;
            listener.started(profile.documents());

            List<Problem> problems = new ArrayList<>();
            expansion.failures().forEach(failure -> report(problems, listener,
                    new Problem(failure.input(), failure.message(), true)));
            long analyzeStart = System.nanoTime();
            try (Run run = new Run(profile, listener, problems, workers, analysts)) {
                try (AtomicFile articlesFile = new AtomicFile(outDir.resolve("articles.jsonl"));
                     AtomicFile articlesCsv = new AtomicFile(outDir.resolve("articles.csv"))) {
                    run.json = jsonLines(articlesFile);
                    run.csv = CsvTables.open(articlesCsv.writer(), CsvTables.ARTICLES);
                    if (engine == null) {
                        for (InputSource source : sources) {
                            run.readingPrevious = source == previous;
                            reader.read(source, run::accept);
                        }
                        run.finish();
                    } else { // the earlier run, when it joins, is the first source
                        engine.analyze(sources, profile, run.analysedSink(previous == null ? -1 : 0));
                    }
                    run.json.flush();
                    run.csv.flush();
                    articlesFile.commit();
                    articlesCsv.commit();
                }
                long analyzeMillis = (System.nanoTime() - analyzeStart) / 1_000_000;
                long corpusStart = System.nanoTime();
                run.writeCorpusExports(outDir, inputs);
                long corpusMillis = (System.nanoTime() - corpusStart) / 1_000_000;
                return summarize(started, inputs, expansion, profile, run, problems, firstPassMillis, analyzeMillis,
                        corpusMillis, outDir, engine == null ? SINGLE_NODE : engine.name());
            }
        } finally {
            workers.shutdownNow();
            analysts.shutdownNow();
        }
    }

    /** Daemon threads: one still busy with a document given up on must not keep the process alive. */
    private static ThreadFactory analysisThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "newstrace-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The articles of the last complete run into {@code outDir} ({@code run.json} is written last), when they are
     * to join this run; else null. A run killed before its {@code run.json} leaves the earlier files in place.
     */
    private InputSource previousRun(Path outDir) {
        Path articles = outDir.resolve("articles.jsonl");
        if (!config.keepPrevious() || !Files.isRegularFile(articles) || !Files.isRegularFile(outDir.resolve("run.json"))) {
            return null;
        }
        return new InputSource(articles + " (earlier run)", articles, InputFormat.ARTICLES);
    }

    /**
     * The first pass. Line counts do not depend on the order documents come in, so the inputs are read on the
     * worker threads; problems are left to the second pass, which reports them in input order. An exact duplicate
     * (what the second pass skips) is counted once, or every line of a corpus read again would look like a
     * site's template.
     */
    public CorpusProfile profile(List<InputSource> sources, ForkJoinPool workers) {
        DocumentReader reader = new DocumentReader(config.input());
        CorpusProfile.Builder builder = cleaner.newProfileBuilder();
        Set<String> profiled = ConcurrentHashMap.newKeySet();
        await(workers.submit(() -> sources.parallelStream().forEach(source -> reader.read(source, event -> {
            if (event instanceof IngestEvent.Read read && profiled.add(duplicateKey(read.document()))) {
                builder.add(read.document().raw());
            }
        }))));
        return builder.build();
    }

    /** Two documents with the same key are one publication: the same text at the same address, or without one. */
    public static String duplicateKey(Document document) {
        String url = document.hints().url();
        return contentId(url == null ? document.raw() : document.raw() + '\u0000' + url);
    }

    /** The id a document's article gets: the id its JSON line gives, else its duplicate key (a content hash). */
    public static String articleId(Document document) {
        return document.id() != null ? document.id() : duplicateKey(document);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }

    private RunSummary summarize(Instant started, List<String> inputs, InputWalker.Expansion expansion,
                                 CorpusProfile profile, Run run, List<Problem> problems, long firstPassMillis,
                                 long analyzeMillis, long corpusMillis, Path outDir, String engineName)
            throws IOException {
        RunSummary summary = new RunSummary(started, Instant.now(), inputs, expansion.sources().size(),
                expansion.skippedFiles(), profile.documents(), run.articles, run.previousArticles, run.duplicates,
                run.paragraphs,
                run.removedSpans, run.quoteCount, run.entityCount, run.sourceCount, run.reusedPassages,
                run.matchedQuotes, run.provenanceEdges, run.storyCount, problems, firstPassMillis, analyzeMillis, corpusMillis,
                engineName);
        try (AtomicFile runFile = new AtomicFile(outDir.resolve("run.json"))) {
            RunJson.write(runFile.writer(), summary, config);
            runFile.commit();
        }
        return summary;
    }

    private static void report(List<Problem> problems, ProgressListener listener, Problem problem) {
        problems.add(problem);
        listener.problem(problem);
    }

    /**
     * State of the second pass: batches documents, analyses a batch on the workers while this thread reads the
     * next one, and writes batches in input order.
     */
    private final class Run implements AutoCloseable {
        private final CorpusProfile profile;
        private final ProgressListener listener;
        private final List<Problem> problems;
        private final ForkJoinPool workers;
        private final ThreadPoolExecutor analysts;
        /** Workers added in place of threads still busy with documents given up on. */
        private int lentWorkers;
        private final Map<String, String> idsByContent = new HashMap<>();
        private final Map<String, String> inputsById = new HashMap<>();
        private List<Document> batch = new ArrayList<>();
        private List<String> batchIds = new ArrayList<>();
        private List<Analysis> inFlight;
        private JsonGenerator json;
        private CSVPrinter csv;
        private long done;
        private long articles;
        private long previousArticles;
        private boolean readingPrevious;
        private long duplicates;
        private long paragraphs;
        private long removedSpans;
        private long quoteCount;
        private long entityCount;
        /** What the corpus stages need of each article, kept once the article itself is written. */
        private final List<EntityMerger.ArticleEntities> namedInArticles = new ArrayList<>();
        private final List<QuoteRecord> quotes = new ArrayList<>();
        private final List<SourceRecord> sources = new ArrayList<>();
        private long sourceCount;
        private final SpilledTexts texts = new SpilledTexts();
        private final List<ProvenanceArticle> provenanceArticles = new ArrayList<>();
        private final List<StoryArticle> storyArticles = new ArrayList<>();
        private long storyCount;
        private long reusedPassages;
        private long matchedQuotes;
        private long provenanceEdges;

        Run(CorpusProfile profile, ProgressListener listener, List<Problem> problems, ForkJoinPool workers,
            ThreadPoolExecutor analysts) {
            this.profile = profile;
            this.listener = listener;
            this.problems = problems;
            this.workers = workers;
            this.analysts = analysts;
        }

        void accept(IngestEvent event) {
            if (event instanceof IngestEvent.Read read) {
                admit(read.document());
            } else if (event instanceof IngestEvent.Failed failed) {
                report(problems, listener, new Problem(failed.input(), failed.message(), true));
            } else if (event instanceof IngestEvent.Warned warned) {
                report(problems, listener, new Problem(warned.input(), warned.message(), false));
            }
        }

        /**
         * Assigns the id and drops exact duplicates: the same text at the same address (or without one). The same
         * text at another address is another publication, a relay that the reuse stage reports. This part is
         * sequential so that it is deterministic.
         */
        private void admit(Document document) {
            String id = admittedId(document);
            if (id == null) {
                return;
            }
            batch.add(document);
            batchIds.add(id);
            if (batch.size() >= BATCH_PER_THREAD * config.threads()) {
                submitBatch();
            }
        }

        /** The document's article id, or null when it is skipped (reported). */
        private String admittedId(Document document) {
            String url = document.hints().url();
            String contentId = duplicateKey(document);
            String firstWithContent = idsByContent.get(contentId);
            if (firstWithContent != null) {
                duplicates++;
                advance();
                report(problems, listener, new Problem(document.input(), "duplicate of article " + firstWithContent
                        + (url == null ? " (same text)" : " (same text and address)") + "; skipped", false));
                return null;
            }
            String id = articleId(document);
            String holder = inputsById.putIfAbsent(id, document.input());
            if (holder != null) {
                advance();
                report(problems, listener, new Problem(document.input(),
                        "id \"" + id + "\" is already used by " + holder + "; skipped", true));
                return null;
            }
            idsByContent.put(contentId, id);
            if (readingPrevious) {
                previousArticles++;
            }
            return id;
        }

        /**
         * Where an engine hands its events, in input order: documents come analysed already (a skipped duplicate's
         * analysis is dropped), so admission decides only which outcomes are written.
         */
        DistributedEngine.Sink analysedSink(int previousSource) {
            return new DistributedEngine.Sink() {
                @Override
                public void problem(IngestEvent event) {
                    accept(event);
                }

                @Override
                public void analysed(int source, Outcome outcome) {
                    readingPrevious = source == previousSource;
                    if (admittedId(outcome.document()) != null) {
                        write(outcome);
                    }
                }
            };
        }

        /** Hands the current batch to the workers, then writes the batch before it, which has had time to finish. */
        private void submitBatch() {
            List<Document> documents = batch;
            List<String> ids = batchIds;
            batch = new ArrayList<>();
            batchIds = new ArrayList<>();
            List<Analysis> submitted = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                Analysis analysis = new Analysis(documents.get(i), ids.get(i));
                analysts.execute(analysis.task);
                submitted.add(analysis);
            }
            writeInFlight();
            inFlight = submitted;
        }

        void finish() {
            if (!batch.isEmpty()) {
                submitBatch();
            }
            writeInFlight();
        }

        private void writeInFlight() {
            if (inFlight == null) {
                return;
            }
            List<Outcome> analysed = inFlight.stream().map(this::outcome).toList();
            inFlight = null;
            analysed.forEach(this::write);
        }

        /** Writes one analysed document's article and keeps what the corpus stages need of it. */
        private void write(Outcome outcome) {
            advance();
            if (outcome.problem() != null) {
                report(problems, listener, outcome.problem());
                return;
            }
            try {
                Article article = outcome.annotated().article();
                ArticleJson.write(json, article, outcome.annotated().paragraphLanguages(),
                        outcome.annotated().outletId(), outcome.document());
                json.writeRaw('\n');
                CsvTables.article(csv, article, outcome.annotated().outletId(), stateAffiliated(
                        outcome.annotated().outletId()));
                articles++;
                paragraphs += article.paragraphs().size();
                removedSpans += article.removed().size();
                List<EntityMerger.Named> others = outcome.annotated().entities().stream()
                        .map(m -> new EntityMerger.Named(m.type(), m.span(), m.span().of(article.raw()))).toList();
                namedInArticles.add(new EntityMerger.ArticleEntities(article.id(), outcome.annotated().people(), others,
                        outcome.annotated().roles()));
                for (CitedSource source : outcome.annotated().sources()) {
                    sources.add(new SourceRecord(article.id(), source));
                }
                texts.add(outcome.corpus().reuse());
                provenanceArticles.add(outcome.corpus().provenance());
                storyArticles.add(outcome.corpus().story());
                List<Quote> found = outcome.annotated().quotes();
                for (int i = 0; i < found.size(); i++) {
                    Quote quote = found.get(i);
                    quotes.add(new QuoteRecord(article.id() + "-q" + (i + 1), article.id(), quote,
                            quote.span().of(article.raw()), i < MAX_MATCHED_QUOTES_PER_ARTICLE));
                }
                if (found.size() > MAX_MATCHED_QUOTES_PER_ARTICLE) {
                    report(problems, listener, new Problem(article.input(), found.size() + " quotes; only the "
                            + "first " + MAX_MATCHED_QUOTES_PER_ARTICLE + " are matched with other articles'", false));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The corpus stages, once every article is in: people merged into entities across articles, quotes with
         * their speaker's entity, passages shared between articles, and the provenance graph.
         */
        void writeCorpusExports(Path outDir, List<String> inputs) throws IOException {
            EntityMerger.Result merged = EntityMerger.merge(namedInArticles);
            entityCount = merged.entities().size();
            writeLines(outDir.resolve("entities.jsonl"), merged.entities(), EntityJson::write);
            writeCsv(outDir.resolve("entities.csv"), CsvTables.ENTITIES, merged.entities(), CsvTables::entity);
            sourceCount = sources.size();
            writeLines(outDir.resolve("sources.jsonl"), sources,
                    (out, record) -> SourceJson.write(out, record.article(), record.source()));
            writeCsv(outDir.resolve("sources.csv"), CsvTables.SOURCES, sources,
                    (out, record) -> CsvTables.source(out, record.article(), record.source()));
            quoteCount = quotes.size();
            Map<String, String> speakerEntities = new HashMap<>();
            for (QuoteRecord record : quotes) {
                if (record.quote().speaker() != null) {
                    String entity = merged.idsByArticleAndName().getOrDefault(record.article(), Map.of())
                            .get(record.quote().speaker().name());
                    if (entity != null) {
                        speakerEntities.put(record.id(), entity);
                    }
                }
            }
            writeLines(outDir.resolve("quotes.jsonl"), quotes, (out, record) -> QuoteJson.write(out, record.id(),
                    record.article(), record.quote(), record.text(), speakerEntities.get(record.id())));
            writeCsv(outDir.resolve("quotes.csv"), CsvTables.QUOTES, quotes, (out, record) -> CsvTables.quote(out,
                    record.id(), record.article(), record.quote(), record.text(), speakerEntities.get(record.id())));
            List<Reuse> passages = new PassageFinder(config.reuse(), REUSE_MEMORY_ENTRIES)
                    .find(texts.size(), texts::get, workers);
            reusedPassages = passages.size();
            Map<String, ProvenanceArticle> facts = new HashMap<>();
            provenanceArticles.forEach(article -> facts.put(article.id(), article));
            List<QuoteMatcher.Statement> statements = quotes.stream().filter(QuoteRecord::matched).map(record -> {
                ProvenanceArticle article = facts.get(record.article());
                return new QuoteMatcher.Statement(record.id(), record.article(), record.quote().span(), record.text(),
                        record.quote().kind(), record.quote().speaker() == null ? null
                        : record.quote().speaker().name(), speakerEntities.get(record.id()), article.language(),
                        article.published(), article.citedOutlets().keySet());
            }).toList();
            List<Reuse> quoteMatches = QuoteMatcher.match(statements);
            matchedQuotes = quoteMatches.size();
            List<Reuse> reuse = new ArrayList<>(passages);
            reuse.addAll(quoteMatches);
            reuse.sort(PassageFinder.ORDER);
            writeLines(outDir.resolve("reuse.jsonl"), reuse, ReuseJson::write);
            writeCsv(outDir.resolve("reuse.csv"), CsvTables.REUSE, reuse, CsvTables::reuse);
            Map<String, Set<String>> links = new HashMap<>();
            for (Reuse shared : reuse) {
                links.computeIfAbsent(shared.a(), k -> new HashSet<>()).add(shared.b());
                links.computeIfAbsent(shared.b(), k -> new HashSet<>()).add(shared.a());
            }
            List<Story> stories = config.stories().cluster(storyArticles, links);
            storyCount = stories.size();
            writeLines(outDir.resolve("stories.jsonl"), stories, StoryJson::write);
            ProvenanceGraph.Result graph = ProvenanceGraph.build(provenanceArticles, reuse);
            provenanceEdges = graph.edges().size();
            writeLines(outDir.resolve("provenance.jsonl"), graph.edges(), ProvenanceJson::write);
            writeLines(outDir.resolve("outlet_links.jsonl"), graph.outletLinks(), ProvenanceJson::write);
            writeLines(outDir.resolve("statements.jsonl"), graph.statements(), ProvenanceJson::write);
            try (AtomicFile file = new AtomicFile(outDir.resolve("graph.gexf"))) {
                GexfWriter.write(file.writer(), provenanceArticles, graph, registry);
                file.commit();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("articles", articles);
            counts.put("quotes", quoteCount);
            counts.put("entities", entityCount);
            counts.put("cited sources", sourceCount);
            counts.put("reused passages", reusedPassages);
            counts.put("matched quotes", matchedQuotes);
            counts.put("provenance edges", provenanceEdges);
            counts.put("stories", storyCount);
            List<ReportWriter.QuoteLine> quoteLines = quotes.stream().map(record -> new ReportWriter.QuoteLine(
                    record.article(), record.quote().span().start(), record.quote().speaker() == null ? null
                    : record.quote().speaker().name(), speakerEntities.get(record.id()), record.text())).toList();
            try (AtomicFile file = new AtomicFile(outDir.resolve("report.html"))) {
                ReportWriter.write(file.writer(), new ReportWriter.Contents(counts, inputs, provenanceArticles,
                        merged.entities(), quoteLines, stories, graph, registry));
                file.commit();
            }
        }

        @Override
        public void close() {
            texts.close();
        }

        /**
         * The outcome of one analysis, or a problem once it has run longer than the document timeout. Java cannot
         * stop a thread: the one given up on is interrupted (it stops between stages) and a worker is lent to the
         * pool until it is free, so the run goes on at full speed.
         */
        private Outcome outcome(Analysis analysis) {
            long limit = config.documentTimeout().toNanos();
            while (true) {
                long wait = analysis.started ? analysis.startedAt + limit - System.nanoTime() : limit;
                if (wait <= 0 && analysis.task.cancel(true)) {
                    return timedOut(analysis);
                }
                try {
                    Outcome outcome = analysis.task.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                    // Finished while this thread waited on earlier documents, but late all the same.
                    return analysis.finishedAt - analysis.startedAt > limit ? timedOut(analysis) : outcome;
                } catch (TimeoutException e) {
                    // Not started when the wait began, or still running: look at its start time again.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    return new Outcome(analysis.document, null, null, new Problem(analysis.document.input(),
                            "internal error while analysing: " + e.getCause(), true));
                }
            }
        }

        private Outcome timedOut(Analysis analysis) {
            return new Outcome(analysis.document, null, null, new Problem(analysis.document.input(),
                    "analysis took longer than the document timeout of "
                            + config.documentTimeout().toMillis() / 1000.0 + " s; skipped", true));
        }

        /**
         * Adds a worker while one is busy with a document given up on, and removes it when that document's thread
         * is free again, so that {@code threads} documents are analysed at a time.
         */
        private synchronized void lendWorker(boolean lend) {
            lentWorkers += lend ? 1 : -1;
            int size = config.threads() + Math.max(0, lentWorkers);
            // The maximum may never fall below the core size: grow it first, shrink it last.
            if (size > analysts.getMaximumPoolSize()) {
                analysts.setMaximumPoolSize(size);
                analysts.setCorePoolSize(size);
            } else {
                analysts.setCorePoolSize(size);
                analysts.setMaximumPoolSize(size);
            }
        }

        /** One document's analysis, with the times it started and finished on a worker. */
        private final class Analysis {
            private final Document document;
            private final FutureTask<Outcome> task;
            private volatile boolean started;
            private volatile long startedAt;
            private volatile long finishedAt;

            Analysis(Document document, String id) {
                this.document = document;
                this.task = new FutureTask<>(() -> {
                    startedAt = System.nanoTime();
                    started = true;
                    Outcome outcome = analyzeSafely(document, id, profile);
                    finishedAt = System.nanoTime();
                    return outcome;
                }) {
                    @Override
                    public boolean cancel(boolean interrupt) {
                        boolean cancelled = started && super.cancel(interrupt);
                        if (cancelled) {
                            lendWorker(true);
                        }
                        return cancelled;
                    }

                    @Override
                    public void run() {
                        super.run();
                        if (isCancelled()) {
                            lendWorker(false);
                        }
                    }
                };
            }
        }

        private void advance() {
            done++;
            listener.progressed(done);
        }
    }

    /**
     * Analyses one document on a worker, with what the corpus stages will need of it (tokenising for reuse, stems for
     * stories): per-article work, so it runs in parallel rather than on the thread that writes. A defect met on one
     * document must not end the run: it is reported against that input.
     */
    private Outcome analyzeSafely(Document document, String id, CorpusProfile profile) {
        try {
            Annotated annotated = analyze(document, id, profile);
            Article article = annotated.article();
            return new Outcome(document, annotated, new CorpusInputs(
                    ReuseText.of(article.id(), article.raw(), article.paragraphs()),
                    ProvenanceArticle.of(annotated), StoryArticle.of(annotated, storyTerms)), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(document, null, null, new Problem(document.input(),
                    "internal error while analysing: " + e, true));
        }
    }

    /**
     * One analysed document: its article and corpus inputs, or the problem that stopped it. Serializable so that a
     * distributed engine can bring it back from where it was computed.
     */
    public record Outcome(Document document, Annotated annotated, CorpusInputs corpus, Problem problem)
            implements Serializable {
    }

    /** What the corpus stages keep of one article. */
    public record CorpusInputs(ReuseText reuse, ProvenanceArticle provenance, StoryArticle story)
            implements Serializable {
    }

    /** A cited source with its article, kept until the sources file is written. */
    private record SourceRecord(String article, CitedSource source) {
    }

    /**
     * A quote with its id and words, kept for the corpus stage once its article is written; {@code matched} when it
     * goes to quote matching.
     */
    private record QuoteRecord(String id, String article, Quote quote, String text, boolean matched) {
    }

    /** Writes one record as JSON. */
    private interface RecordWriter<T> {
        void write(JsonGenerator json, T record) throws IOException;
    }

    /** Writes one record as a CSV row. */
    private interface RowWriter<T> {
        void write(CSVPrinter csv, T record) throws IOException;
    }

    /** A CSV table, written whole or not at all. */
    private static <T> void writeCsv(Path path, List<String> header, List<T> records, RowWriter<T> writer)
            throws IOException {
        try (AtomicFile file = new AtomicFile(path)) {
            CSVPrinter out = CsvTables.open(file.writer(), header);
            for (T record : records) {
                writer.write(out, record);
            }
            out.flush();
            file.commit();
        }
    }

    private boolean stateAffiliated(String outletId) {
        return outletId != null && registry.byId(outletId).map(registry::stateAffiliated).orElse(false);
    }

    /** One JSON object per line, written whole or not at all. */
    private static <T> void writeLines(Path path, List<T> records, RecordWriter<T> writer) throws IOException {
        try (AtomicFile file = new AtomicFile(path)) {
            JsonGenerator out = jsonLines(file);
            for (T record : records) {
                writer.write(out, record);
                out.writeRaw('\n');
            }
            out.flush();
            file.commit();
        }
    }

    private static JsonGenerator jsonLines(AtomicFile file) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(file.writer());
        json.setRootValueSeparator(null);
        json.setCharacterEscapes(LINE_SEPARATOR_ESCAPES);
        return json;
    }

    /**
     * JSON allows U+2028, U+2029 and U+0085 unescaped, but readers that split lines the Unicode way (Python's
     * {@code splitlines}, some editors) would cut a record in two: escaped, each record stays on its line.
     */
    private static final CharacterEscapes LINE_SEPARATOR_ESCAPES = new CharacterEscapes() {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == 0x2028 || c == 0x2029 || c == 0x85
                    ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", c)) : null;
        }
    };

    /** Canonical article id: the first 16 hex digits of the SHA-256 of the raw text. */
    public static String contentId(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
