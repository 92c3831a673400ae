package io.newstrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The queries of a store: full-text search, and the records behind the CLI's answers and the dashboard's pages.
 * Thread-safe: each query borrows one of a few read-only SQLite connections (WAL lets them read while an import
 * writes), and searches share the index's open reader.
 */
public final class StoreReader implements AutoCloseable {
    /** Enough that a slow query (a much-quoted person's page) does not hold up the quick ones behind it. */
    private static final int CONNECTIONS = 16;
    private static final int CO_OCCURRENCE_ARTICLES = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final SearchIndex index;
    private final BlockingQueue<ReadConnection> idle = new ArrayBlockingQueue<>(CONNECTIONS);
    private final List<ReadConnection> opened = new ArrayList<>();
    private boolean closed;

    StoreReader(Path directory, SearchIndex index) {
        this.directory = directory;
        this.index = index;
    }

    /** An article as lists show it. */
    public record ArticleSummary(String id, String title, String outlet, String outletName, String published,
                                 String language, boolean stateAffiliated) {
    }

    /** A quote with the article it is in. */
    public record QuoteRow(String id, String article, String articleTitle, String published, int start, int end,
                           String kind, String text, String speaker, String entity, String cue, double confidence) {
    }

    /** An entity's mention in one article; {@code viaRole} when a role phrase designates it. */
    public record MentionRow(String entity, String name, String type, int start, int end, boolean viaRole) {
    }

    public record SourceRow(String name, String kind, String outlet, int start, int end, String evidence) {
    }

    /** A passage or statement this article shares with another, seen from this article. */
    public record ReuseRow(String kind, int start, int end, String other, String otherTitle, String otherOutlet,
                           int otherStart, int otherEnd, double score, String method) {
    }

    public record EntityRow(String id, String type, String name, List<String> aliases) {
    }

    public record StoryRow(String id, String label, String firstSeen, String lastSeen, int size) {
    }

    /** An edge of the provenance graph: {@code from} and {@code to} are article ids or {@code outlet:<id>}. */
    public record EdgeRow(String from, String to, String basis, boolean attributed, boolean ordered, String evidence) {
    }

    public record OutletLinkRow(String from, String to, int weight, int attributed, int unattributed) {
    }

    public record Count(String id, String name, int count) {
    }

    /** @throws IllegalArgumentException when the words are not a valid query */
    public SearchIndex.Result search(SearchIndex.Query query) {
        return index.search(query, this::text);
    }

    /** An article's clean text, "" for an unknown id. */
    private String text(String id) {
        StringBuilder text = new StringBuilder();
        query("SELECT text FROM articles WHERE id = ?", List.of(id), rs -> text.append(rs.getString(1)));
        return text.toString();
    }

    /** An article's full record as {@code articles.jsonl} holds it (JSON text), and its outlet's registry id. */
    public record ArticleRecord(String json, String outletRegistry) {
    }

    /** The record is handed on as stored: parsing and writing it again cost more than the rest of an article page. */
    public Optional<ArticleRecord> article(String id) {
        List<ArticleRecord> records = new ArrayList<>();
        query("SELECT record, outlet_registry FROM articles WHERE id = ?", List.of(id),
                rs -> records.add(new ArticleRecord(rs.getString(1), rs.getString(2))));
        return records.stream().findFirst();
    }

    private static final String SUMMARY = "SELECT a.id, a.title, COALESCE(a.outlet_registry, a.outlet_name), "
            + "a.outlet_name, a.published, a.language, a.state_affiliated FROM articles a ";

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7) == 1);
    }

    public List<ArticleSummary> articlesOfOutlet(String outlet, int limit) {
        List<ArticleSummary> articles = new ArrayList<>();
        query(SUMMARY + "WHERE COALESCE(a.outlet_registry, a.outlet_name) = ? ORDER BY a.published DESC, a.id "
                + "LIMIT " + limit, List.of(outlet), rs -> articles.add(summary(rs)));
        return articles;
    }

    public List<ArticleSummary> articlesOfStory(String story) {
        List<ArticleSummary> articles = new ArrayList<>();
        query(SUMMARY + "JOIN story_articles s ON s.article = a.id WHERE s.story = ? ORDER BY s.position",
                List.of(story), rs -> articles.add(summary(rs)));
        return articles;
    }

    public List<ArticleSummary> articlesMentioning(String entity, int limit) {
        List<ArticleSummary> articles = new ArrayList<>();
        // The first articles in the mentions' index order, so only those rows of the large articles table are read.
        query(SUMMARY + "JOIN (SELECT DISTINCT published, article FROM mentions WHERE entity = ? "
                + "ORDER BY published, article LIMIT " + limit + ") m ON m.article = a.id ORDER BY m.published, m.article",
                List.of(entity), rs -> articles.add(summary(rs)));
        return articles;
    }

    public Optional<ArticleSummary> articleSummary(String id) {
        List<ArticleSummary> articles = new ArrayList<>();
        query(SUMMARY + "WHERE a.id = ?", List.of(id), rs -> articles.add(summary(rs)));
        return articles.stream().findFirst();
    }

    private static final String QUOTES = "SELECT q.id, q.article, a.title, q.published, q.start, q.end, q.kind, "
            + "q.text, q.speaker, q.speaker_entity, q.cue, q.confidence FROM quotes q JOIN articles a ON a.id = q.article ";

    private static QuoteRow quote(ResultSet rs) throws SQLException {
        return new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getDouble(12));
    }

    /** Quotes, newest articles last; each filter is null for none. */
    public List<QuoteRow> quotes(String speakerEntity, String article, String kind, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (String[] filter : new String[][] {{"q.speaker_entity = ?", speakerEntity}, {"q.article = ?", article},
                {"q.kind = ?", kind}}) {
            if (filter[1] != null) {
                conditions.add(filter[0]);
                parameters.add(filter[1]);
            }
        }
        List<QuoteRow> quotes = new ArrayList<>();
        query(QUOTES + (conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions))
                + " ORDER BY q.published, q.article, q.start LIMIT " + limit + " OFFSET " + offset, parameters,
                rs -> quotes.add(quote(rs)));
        return quotes;
    }

    public List<MentionRow> mentionsIn(String article) {
        List<MentionRow> mentions = new ArrayList<>();
        query("SELECT m.entity, e.name, e.type, m.start, m.end, m.role FROM mentions m JOIN entities e "
                + "ON e.id = m.entity WHERE m.article = ? ORDER BY m.start", List.of(article),
                rs -> mentions.add(new MentionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6) == 1)));
        return mentions;
    }

    public List<SourceRow> sourcesIn(String article) {
        List<SourceRow> sources = new ArrayList<>();
        query("SELECT name, kind, outlet, start, end, evidence FROM sources WHERE article = ? ORDER BY start",
                List.of(article), rs -> sources.add(new SourceRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6))));
        return sources;
    }

    /** What the article shares with others, whichever side of the canonical pair it is on. */
    public List<ReuseRow> reuseOf(String article) {
        List<ReuseRow> reuse = new ArrayList<>();
        query("SELECT r.kind, r.a_start, r.a_end, r.b, o.title, COALESCE(o.outlet_registry, o.outlet_name), "
                + "r.b_start, r.b_end, r.score, r.method FROM reuse r JOIN articles o ON o.id = r.b WHERE r.a = ? "
                + "UNION ALL SELECT r.kind, r.b_start, r.b_end, r.a, o.title, COALESCE(o.outlet_registry, "
                + "o.outlet_name), r.a_start, r.a_end, r.score, r.method FROM reuse r JOIN articles o ON o.id = r.a "
                + "WHERE r.b = ? ORDER BY 2", List.of(article, article),
                rs -> reuse.add(new ReuseRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getDouble(9),
                        rs.getString(10))));
        return reuse;
    }

    public List<StoryRow> storiesOf(String article) {
        List<StoryRow> stories = new ArrayList<>();
        query(STORIES + "WHERE s.id IN (SELECT story FROM story_articles WHERE article = ?) GROUP BY s.id",
                List.of(article), rs -> stories.add(story(rs)));
        return stories;
    }

    private static final String STORIES = "SELECT s.id, s.label, s.first_seen, s.last_seen, "
            + "(SELECT COUNT(*) FROM story_articles m WHERE m.story = s.id) FROM stories s ";

    private static StoryRow story(ResultSet rs) throws SQLException {
        return new StoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }

    public Optional<StoryRow> story(String id) {
        List<StoryRow> stories = new ArrayList<>();
        query(STORIES + "WHERE s.id = ?", List.of(id), rs -> stories.add(story(rs)));
        return stories.stream().findFirst();
    }

    /** The largest stories first, then the most recent. */
    public List<StoryRow> stories(int offset, int limit) {
        return kept("stories " + offset + " " + limit, () -> List.copyOf(rankStories(offset, limit)));
    }

    private List<StoryRow> rankStories(int offset, int limit) {
        List<StoryRow> stories = new ArrayList<>();
        query(STORIES + "ORDER BY 5 DESC, s.last_seen DESC, s.id LIMIT " + limit + " OFFSET " + offset, List.of(),
                rs -> stories.add(story(rs)));
        return stories;
    }

    public Optional<EntityRow> entity(String id) {
        List<EntityRow> entities = new ArrayList<>();
        query("SELECT id, type, name, aliases FROM entities WHERE id = ?", List.of(id),
                rs -> entities.add(entity(rs)));
        return entities.stream().findFirst();
    }

    private static EntityRow entity(ResultSet rs) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try {
            JSON.readTree(rs.getString(4)).forEach(alias -> aliases.add(alias.asText()));
        } catch (JsonProcessingException e) {
            throw new StoreException("damaged aliases for entity " + rs.getString(1), e);
        }
        return new EntityRow(rs.getString(1), rs.getString(2), rs.getString(3), aliases);
    }

    /** The entity with this name (or alias), the most mentioned one when several are; empty when none is. */
    public Optional<String> entityNamed(String name) {
        List<String> ids = new ArrayList<>();
        query("SELECT e.id FROM entities e WHERE e.name = ? OR e.aliases LIKE ? ORDER BY e.name <> ?, "
                + "(SELECT COUNT(*) FROM mentions m WHERE m.entity = e.id) DESC, e.id LIMIT 1",
                List.of(name, "%\"" + name.replace("\"", "").replace("%", "").replace("_", "") + "\"%", name),
                rs -> ids.add(rs.getString(1)));
        return ids.stream().findFirst();
    }

    /** Entities most mentioned (by articles) first, of one type or of all when {@code type} is null. */
    public List<Count> topEntities(String type, int limit) {
        return kept("top entities " + type + " " + limit, () -> List.copyOf(countTopEntities(type, limit)));
    }

    private List<Count> countTopEntities(String type, int limit) {
        List<Count> entities = new ArrayList<>();
        query("SELECT e.id, e.name, COUNT(DISTINCT m.article) AS n FROM entities e JOIN mentions m ON m.entity = e.id"
                + (type == null ? "" : " WHERE e.type = ?") + " GROUP BY e.id ORDER BY n DESC, e.name LIMIT " + limit,
                type == null ? List.of() : List.of(type),
                rs -> entities.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3))));
        return entities;
    }

    /** How many quotes are attributed to the entity, and in how many articles it is named. */
    public record EntityCounts(long quotes, long articles) {
    }

    /** Read from the counts each import makes (see the schema's version 5): one row, however often it is named. */
    public EntityCounts entityCounts(String entity) {
        long[] counts = new long[2];
        query("SELECT COALESCE((SELECT quotes FROM entity_quotes WHERE entity = ?1), 0), "
                + "COALESCE((SELECT SUM(articles) FROM entity_months WHERE entity = ?1), 0)", List.of(entity), rs -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(2);
                });
        return new EntityCounts(counts[0], counts[1]);
    }

    /** How many articles mention the entity, per month of publication ({@code unknown} for undated ones). */
    public Map<String, Integer> mentionsByMonth(String entity) {
        Map<String, Integer> months = new LinkedHashMap<>();
        query("SELECT month, articles FROM entity_months WHERE entity = ? ORDER BY month", List.of(entity),
                rs -> months.put(rs.getString(1), rs.getInt(2)));
        return Collections.unmodifiableMap(months);
    }

    /**
     * Entities named in the same articles as this one, with how many articles they share, most first; for a
     * much-named entity, counted over its {@value #CO_OCCURRENCE_ARTICLES} latest articles.
     */
    public List<Count> coOccurring(String entity, int limit) {
        return kept("co-occurring " + entity + " " + limit, () -> List.copyOf(countCoOccurring(entity, limit)));
    }

    private List<Count> countCoOccurring(String entity, int limit) {
        List<Count> others = new ArrayList<>();
        // Articles published the same day are taken in id order, so the answer does not depend on the query plan.
        query("WITH recent AS (SELECT DISTINCT published, article FROM mentions WHERE entity = ?1 "
                + "ORDER BY published DESC, article DESC LIMIT " + CO_OCCURRENCE_ARTICLES + ") "
                + "SELECT e.id, e.name, COUNT(DISTINCT m.article) AS shared FROM recent JOIN mentions m ON "
                + "m.article = recent.article AND m.entity <> ?1 JOIN entities e ON e.id = m.entity GROUP BY m.entity "
                + "ORDER BY shared DESC, e.name LIMIT " + limit,
                List.of(entity), rs -> others.add(new Count(rs.getString(1), rs.getString(2), rs.getInt(3))));
        return others;
    }

    /** Provenance edges touching these nodes (article ids or {@code outlet:<id>}), or all when the list is empty. */
    public List<EdgeRow> provenance(List<String> nodes, int limit) {
        List<EdgeRow> edges = new ArrayList<>();
        String where = nodes.isEmpty() ? "" : " WHERE source IN (" + placeholders(nodes.size()) + ") OR target IN ("
                + placeholders(nodes.size()) + ")";
        List<String> parameters = new ArrayList<>(nodes);
        parameters.addAll(nodes);
        query("SELECT source, target, basis, attributed, ordered, evidence FROM provenance" + where
                + " ORDER BY source, target, basis LIMIT " + limit, nodes.isEmpty() ? List.of() : parameters,
                rs -> edges.add(new EdgeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
                        rs.getInt(5) == 1, rs.getString(6))));
        return edges;
    }

    /** Outlet-to-outlet links touching this outlet, or all (heaviest first) when {@code outlet} is null. */
    public List<OutletLinkRow> outletLinks(String outlet, int limit) {
        return kept("outlet links " + outlet + " " + limit, () -> List.copyOf(rankOutletLinks(outlet, limit)));
    }

    private List<OutletLinkRow> rankOutletLinks(String outlet, int limit) {
        List<OutletLinkRow> links = new ArrayList<>();
        query("SELECT source, target, weight, attributed, unattributed FROM outlet_links"
                + (outlet == null ? "" : " WHERE source = ? OR target = ?") + " ORDER BY weight DESC, source, target "
                + "LIMIT " + limit, outlet == null ? List.of() : List.of(outlet, outlet),
                rs -> links.add(new OutletLinkRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5))));
        return links;
    }

    /**
     * Articles per outlet ({@code outlet:<registry id>}, else the outlet's name), most first. Every graph and
     * front page asks for it and it only changes with an import, so it is kept until the next one.
     */
    public Map<String, Integer> articlesPerOutlet() {
        return kept("articles per outlet", () -> Collections.unmodifiableMap(countArticlesPerOutlet()));
    }

    /** A value computed from the store as it was at one import generation. */
    private record AtGeneration(long generation, Object value) {
    }

    /** Enough for every entity page of a large store; past it, all is dropped (a crawl must not grow it unbounded). */
    private static final int MAX_KEPT = 10_000;
    private final Map<String, AtGeneration> kept = new ConcurrentHashMap<>();

    /**
     * An answer that only an import can change and that costs more than a lookup (counts, rankings): computed
     * once per import generation. The generation is read first, so an answer computed while an import commits is
     * recomputed.
     */
    @SuppressWarnings("unchecked")
    private <T> T kept(String key, Supplier<T> compute) {
        long generation = generation();
        AtGeneration value = kept.get(key);
        if (value == null || value.generation() != generation) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            value = new AtGeneration(generation, compute.get());
            kept.put(key, value);
        }
        return (T) value.value();
    }

    /** The number of the last import: answers computed from the store stay true until it changes. */
    public long generation() {
        long[] generation = new long[1];
        query("SELECT COALESCE(MAX(generation), 0) FROM imports", List.of(), rs -> generation[0] = rs.getLong(1));
        return generation[0];
    }

    private Map<String, Integer> countArticlesPerOutlet() {
        Map<String, Integer> outlets = new LinkedHashMap<>();
        query("SELECT COALESCE('outlet:' || outlet_registry, outlet_name, 'unknown') AS o, COUNT(*) FROM articles "
                + "INDEXED BY articles_outlet_key GROUP BY o ORDER BY 2 DESC, o", List.of(), rs -> outlets.put(rs.getString(1), rs.getInt(2)));
        return outlets;
    }

    /** Counts of the store's main tables, for the dashboard's front page. */
    public Map<String, Long> counts() {
        return kept("table counts", () -> Collections.unmodifiableMap(countRows()));
    }

    private Map<String, Long> countRows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("articles", "entities", "quotes", "sources", "reuse", "stories", "provenance")) {
            query("SELECT COUNT(*) FROM " + table, List.of(), rs -> counts.put(table, rs.getLong(1)));
        }
        return counts;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * A read connection with the statements it prepared: a page runs the same few queries again and again, and
     * SQLite compiling each anew cost a good part of a lookup. Used by one thread at a time.
     */
    private static final class ReadConnection {
        private static final int STATEMENTS = 64;
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(STATEMENTS, 0.75f, true);

        ReadConnection(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement prepared(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                // SQL with its limits written in (pages, lists of ids) varies: the least recently used goes.
                if (statements.size() == STATEMENTS) {
                    var oldest = statements.entrySet().iterator();
                    oldest.next().getValue().close();
                    oldest.remove();
                }
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }

        void close() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            connection.close();
        }
    }

    private void query(String sql, List<String> parameters, RowReader reader) {
        ReadConnection connection = borrow();
        try {
            PreparedStatement statement = connection.prepared(sql);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query the store in " + directory + ": " + e.getMessage(), e);
        } finally {
            idle.offer(connection);
        }
    }

    /** An idle read connection, a new one while fewer than {@value #CONNECTIONS} are open, else the next freed. */
    private ReadConnection borrow() {
        ReadConnection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (this) {
            if (closed) {
                throw new StoreException("the store in " + directory + " is closed");
            }
            if (opened.size() < CONNECTIONS) {
                try {
                    SQLiteConfig config = new SQLiteConfig();
                    config.setReadOnly(true);
                    connection = new ReadConnection(config.createConnection("jdbc:sqlite:"
                            + directory.resolve("newstrace.db")));
                } catch (SQLException e) {
                    throw new StoreException("cannot open the store in " + directory + ": " + e.getMessage(), e);
                }
                opened.add(connection);
                return connection;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store in " + directory, e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        for (ReadConnection connection : opened) {
            connection.close();
        }
        opened.clear();
    }
}
