package io.newstrace.store;

import io.newstrace.core.text.Folding;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The full-text index of a store: one Lucene document per article, its title and body analysed for its language
 * (French: elisions, lower case, accents folded, light stemming; English: possessives, lower case, accents
 * folded, Porter stemming; others: lower case and accents folded), with filter and facet fields. The index
 * records in its commit the store generation it reflects.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String GENERATION = "generation";
    /**
     * How the index is written; an index written otherwise is rebuilt. 2: a stored lead instead of the text, one
     * segment, {@link SearchCodec}.
     */
    private static final String LAYOUT = "layout";
    private static final String CURRENT_LAYOUT = "2";
    private static final List<String> LANGUAGES = List.of("fr", "en", "other");
    private static final List<String> FACETS = List.of("outlet", "language", "state_affiliated");
    private static final int SNIPPET_SEARCH_CHARS = 8_000;
    private static final int SNIPPET_FIRST_CHARS = 1_000;
    private static final int SNIPPET_CHARS = 200;
    private static final int SNIPPET_BEFORE_WORD = 80;
    /** The stored start of a text: enough for a snippet around a word in its first {@value #SNIPPET_FIRST_CHARS}. */
    private static final int LEAD_CHARS = SNIPPET_FIRST_CHARS + SNIPPET_CHARS;
    /** A query word is looked for by its first characters, so that inflected forms are found too. */
    private static final int SNIPPET_STEM_CHARS = 5;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FSDirectory directory;
    private final Analyzer analyzer;
    /** Shares one open reader between searches (opening one per search costs more than most searches). */
    private SearcherManager searchers;

    /** An article as the index sees it. */
    public record Entry(String id, String title, String text, String language, String published, String outlet,
                        boolean stateAffiliated, List<String> entities, List<String> speakers, List<String> stories) {
    }

    /**
     * A search: words in Lucene's query syntax (empty for all), filters (null for none), and a page.
     *
     * @param from first day published, inclusive, or null; {@code to} likewise
     */
    public record Query(String words, String outlet, String language, Boolean stateAffiliated, String entity,
                        String speaker, String story, LocalDate from, LocalDate to, int offset, int limit) {
        public Query {
            if (offset < 0 || limit < 1 || limit > 100) {
                throw new IllegalArgumentException("offset must be >= 0 and limit between 1 and 100");
            }
        }

        public static Query words(String words) {
            return new Query(words, null, null, null, null, null, null, null, null, 0, 10);
        }
    }

    public record Hit(String article, String title, String outlet, String published, String snippet) {
    }

    public record Result(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
    }

    SearchIndex(Path path) throws IOException {
        this.directory = FSDirectory.open(path);
        this.analyzer = new PerFieldAnalyzerWrapper(folding("standard"), Map.of(
                "title_fr", french(), "text_fr", french(), "title_en", english(), "text_en", english()));
    }

    private static Analyzer french() throws IOException {
        return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("elision")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("frenchLightStem").build();
    }

    private static Analyzer english() throws IOException {
        return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("porterStem").build();
    }

    private static Analyzer folding(String tokenizer) throws IOException {
        return CustomAnalyzer.builder().withTokenizer(tokenizer).addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding").build();
    }

    /** The store generation the index reflects, 0 when there is no index yet or one of an earlier layout. */
    long generation() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> commit = reader.getIndexCommit().getUserData();
            return CURRENT_LAYOUT.equals(commit.get(LAYOUT)) ? Long.parseLong(commit.getOrDefault(GENERATION, "0")) : 0;
        }
    }

    /** Where the entries of a rebuild come from: it hands each to the sink, in any number. */
    interface Entries {
        void each(EntrySink sink) throws IOException, java.sql.SQLException;
    }

    interface EntrySink {
        void add(Entry entry) throws IOException;
    }

    /** Replaces the whole index by these articles, streamed (never all in memory), in one commit. */
    void rebuild(long generation, Entries entries) throws IOException, java.sql.SQLException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCodec(new SearchCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            entries.each(entry -> writer.addDocument(document(entry)));
            // The index is only read until the next rebuild: one segment is searched and counted in one pass.
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), LAYOUT, CURRENT_LAYOUT).entrySet());
            writer.commit();
        }
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    private static Document document(Entry entry) {
        // An article whose language could not be told (too little text) is analysed as "other".
        String language = entry.language() != null && LANGUAGES.contains(entry.language()) ? entry.language() : "other";
        Document document = new Document();
        document.add(new StringField("id", entry.id(), Field.Store.YES));
        document.add(new TextField("title_" + language, nullToEmpty(entry.title()), Field.Store.NO));
        document.add(new TextField("text_" + language, entry.text(), Field.Store.NO));
        document.add(new StoredField("title", nullToEmpty(entry.title())));
        // Only the start of the text is stored: reading a hit's stored fields decompresses all of them, and whole
        // texts made that a fifth of a search's cost. A snippet from further on reads the text from the store.
        document.add(new StoredField("lead", entry.text().substring(0, Math.min(entry.text().length(), LEAD_CHARS))));
        if (entry.published() != null && entry.published().length() >= 10) {
            document.add(new StoredField("published", entry.published()));
            document.add(new LongPoint("day", LocalDate.parse(entry.published().substring(0, 10)).toEpochDay()));
        }
        keyword(document, "outlet", entry.outlet() == null ? "unknown" : entry.outlet(), true);
        keyword(document, "language", entry.language() == null ? "unknown" : entry.language(), false);
        keyword(document, "state_affiliated", Boolean.toString(entry.stateAffiliated()), false);
        entry.entities().forEach(value -> document.add(new StringField("entity", value, Field.Store.NO)));
        entry.speakers().forEach(value -> document.add(new StringField("speaker", value, Field.Store.NO)));
        entry.stories().forEach(value -> document.add(new StringField("story", value, Field.Store.NO)));
        return document;
    }

    /** A filter field that is also counted in facets; {@code stored} when hits show it. */
    private static void keyword(Document document, String field, String value, boolean stored) {
        document.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * @param texts an article's whole text by id, for a snippet around a word past the stored lead
     * @throws IllegalArgumentException when the words are not a valid query
     */
    Result search(Query query, Function<String, String> texts) {
        if (!indexExists()) {
            return new Result(0, List.of(), Map.of());
        }
        try {
            SearcherManager manager = searchers();
            IndexSearcher searcher = manager.acquire();
            try {
                return search(searcher, query, texts);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    private boolean indexExists() {
        if (searchers != null) {
            return true;
        }
        try {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    private Result search(IndexSearcher searcher, Query query, Function<String, String> texts) throws IOException {
        org.apache.lucene.search.Query lucene = toLucene(query);
        TopDocs top = searcher.search(lucene, query.offset() + query.limit());
        List<Hit> hits = new ArrayList<>();
        List<String> stems = snippetStems(query.words());
        StoredFields stored = searcher.storedFields();
        for (int i = query.offset(); i < top.scoreDocs.length; i++) {
            Document document = stored.document(top.scoreDocs[i].doc);
            String id = document.get("id");
            hits.add(new Hit(id, document.get("title"), document.get("outlet"), document.get("published"),
                    snippet(document.get("lead"), stems, () -> texts.apply(id))));
        }
        Map<String, Map<String, Integer>> facets = facets(searcher, lucene);
        // Every article has one language value, so its facet counts every hit (top docs only counts the first 1000).
        long total = facets.get("language").values().stream().mapToLong(Integer::longValue).sum();
        return new Result(total, hits, facets);
    }

    private org.apache.lucene.search.Query toLucene(Query query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (query.words() == null || query.words().isBlank()) {
            builder.add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            List<String> fields = new ArrayList<>();
            Map<String, Float> boosts = new TreeMap<>();
            for (String language : LANGUAGES) {
                fields.add("title_" + language);
                fields.add("text_" + language);
                boosts.put("title_" + language, 2f);
                boosts.put("text_" + language, 1f);
            }
            MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer, boosts);
            try {
                builder.add(parser.parse(query.words()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("not a valid query: " + e.getMessage().lines().findFirst()
                        .orElse(""), e);
            }
        }
        filter(builder, "outlet", query.outlet());
        filter(builder, "language", query.language());
        filter(builder, "state_affiliated", query.stateAffiliated() == null ? null
                : query.stateAffiliated().toString());
        filter(builder, "entity", query.entity());
        filter(builder, "speaker", query.speaker());
        filter(builder, "story", query.story());
        if (query.from() != null || query.to() != null) {
            builder.add(LongPoint.newRangeQuery("day", query.from() == null ? Long.MIN_VALUE
                    : query.from().toEpochDay(), query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static void filter(BooleanQuery.Builder builder, String field, String value) {
        if (value != null) {
            builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The facet values of one segment's articles, read once from its doc values. Each article has one value per
     * facet, and few combinations of values occur (an outlet writes in one or two languages and is state-affiliated
     * or not), so a hit is counted with one array read into its combination; combinations are turned into values
     * once per search.
     *
     * @param combinationOf per document, the index of its combination of values
     * @param combinations  per combination, the value of each facet (null for none)
     */
    private record SegmentFacets(int[] combinationOf, List<String[]> combinations) {
        static SegmentFacets read(LeafReader reader) throws IOException {
            String[][] valueOf = new String[FACETS.size()][];
            for (int f = 0; f < FACETS.size(); f++) {
                valueOf[f] = new String[reader.maxDoc()];
                SortedSetDocValues docValues = reader.getSortedSetDocValues(FACETS.get(f));
                String[] values = new String[docValues == null ? 0 : (int) docValues.getValueCount()];
                for (int ord = 0; ord < values.length; ord++) {
                    values[ord] = docValues.lookupOrd(ord).utf8ToString();
                }
                for (int doc = docValues == null ? DocIdSetIterator.NO_MORE_DOCS : docValues.nextDoc();
                     doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
                    valueOf[f][doc] = values[(int) docValues.nextOrd()];
                }
            }
            int[] combinationOf = new int[reader.maxDoc()];
            List<String[]> combinations = new ArrayList<>();
            Map<List<String>, Integer> indexes = new HashMap<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                String[] combination = new String[FACETS.size()];
                for (int f = 0; f < FACETS.size(); f++) {
                    combination[f] = valueOf[f][doc];
                }
                combinationOf[doc] = indexes.computeIfAbsent(Arrays.asList(combination), key -> {
                    combinations.add(combination);
                    return combinations.size() - 1;
                });
            }
            return new SegmentFacets(combinationOf, combinations);
        }
    }

    /** Per open segment; dropped when the segment closes (a rebuild replaces them all). */
    private final Map<IndexReader.CacheKey, SegmentFacets> segmentFacets = new ConcurrentHashMap<>();

    private SegmentFacets segmentFacets(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        SegmentFacets known = segmentFacets.get(helper.getKey());
        if (known == null) {
            known = SegmentFacets.read(reader);
            if (segmentFacets.putIfAbsent(helper.getKey(), known) == null) {
                helper.addClosedListener(segmentFacets::remove);
            }
        }
        return known;
    }

    /** Counts of each facet value over all the matching articles. */
    private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, org.apache.lucene.search.Query query)
            throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        FACETS.forEach(facet -> counts.put(facet, new TreeMap<>()));
        var collector = new SimpleCollector() {
            private SegmentFacets segment;
            private int[] hitsPerCombination;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                addLeafCounts();
                segment = segmentFacets(context.reader());
                hitsPerCombination = new int[segment.combinations().size()];
            }

            private void addLeafCounts() {
                for (int c = 0; hitsPerCombination != null && c < hitsPerCombination.length; c++) {
                    String[] combination = segment.combinations().get(c);
                    for (int f = 0; hitsPerCombination[c] > 0 && f < FACETS.size(); f++) {
                        if (combination[f] != null) {
                            counts.get(FACETS.get(f)).merge(combination[f], hitsPerCombination[c], Integer::sum);
                        }
                    }
                }
                hitsPerCombination = null;
            }

            @Override
            public void collect(int doc) {
                hitsPerCombination[segment.combinationOf()[doc]]++;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
        searcher.search(query, collector);
        collector.addLeafCounts();
        return counts;
    }

    /** The folded first characters of the query's words of three letters or more, looked for in snippets. */
    private static List<String> snippetStems(String words) {
        List<String> stems = new ArrayList<>();
        if (words != null) {
            for (String word : NOT_WORD.split(Folding.foldInPlace(words))) {
                if (word.length() >= 3) {
                    stems.add(word.length() > SNIPPET_STEM_CHARS ? word.substring(0, SNIPPET_STEM_CHARS) : word);
                }
            }
        }
        return stems;
    }

    /**
     * Some {@value #SNIPPET_CHARS} characters of the text around the first of the stems found in it.
     *
     * @param lead the text's first {@value #LEAD_CHARS} characters (all of a shorter one)
     * @param text the whole text, read only when the lead has none of the stems
     */
    private static String snippet(String lead, List<String> stems, Supplier<String> text) {
        if (stems.isEmpty()) {
            return snippetAt(lead, 0);
        }
        // Only the start is searched: folding a long article whole for every hit costs more than the search.
        // Most hits show a word near the start. A word found there far enough from its end is where the longer
        // start has it, and no other word can start before it.
        int at = firstStemAt(lead, stems, SNIPPET_FIRST_CHARS);
        if (at >= 0 && at + SNIPPET_STEM_CHARS <= SNIPPET_FIRST_CHARS || lead.length() <= SNIPPET_FIRST_CHARS) {
            return snippetAt(lead, Math.max(at, 0));
        }
        String whole = text.get();
        return snippetAt(whole, Math.max(firstStemAt(whole, stems, SNIPPET_SEARCH_CHARS), 0));
    }

    private static String snippetAt(String text, int word) {
        int start = Math.max(0, word - SNIPPET_BEFORE_WORD);
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        // A lead cut short ends past any snippet of it, so "…" after a snippet of a lead is always right.
        return (start > 0 ? "…" : "") + SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip()
                + (end < text.length() ? "…" : "");
    }

    /** Where the first of the folded stems is in the folded first {@code chars} of the text; -1 when none is. */
    private static int firstStemAt(String text, List<String> stems, int chars) {
        String folded = Folding.foldInPlace(text.substring(0, Math.min(text.length(), chars)));
        int at = -1;
        for (String stem : stems) {
            int found = folded.indexOf(stem);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        return at;
    }

    @Override
    public void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        directory.close();
    }
}
