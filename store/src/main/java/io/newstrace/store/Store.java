package io.newstrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.sources.registry.OutletRegistry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded store of an analysed corpus: {@code newstrace.db} (SQLite) holds the records of the exports, and
 * {@code index/} (Lucene) the full text. An import is one SQLite transaction: articles are added (an id already
 * stored is skipped), the corpus-level tables (entities, quotes, sources, reuse, stories, provenance) are replaced
 * by the run's, which covers the whole corpus of its directory. The index follows the database: it records the
 * import generation it reflects and is rebuilt when it lags, so a run killed between the two commits leaves a
 * store the next open repairs.
 */
public final class Store implements AutoCloseable {
    /** The schema version this code writes; a newer store is refused rather than misread. */
    public static final int SCHEMA_VERSION = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Connection db;
    private final SearchIndex index;
    private final StoreReader reader;

    private Store(Path directory, Connection db, SearchIndex index) {
        this.directory = directory;
        this.db = db;
        this.index = index;
        this.reader = new StoreReader(directory, index);
    }

    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("newstrace.db"));
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA foreign_keys=ON");
            }
            migrate(db, directory);
            Store store = new Store(directory, db, new SearchIndex(directory.resolve("index")));
            store.reconcileIndex();
            return store;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Applies the migrations the database lacks, each in its own transaction, and records the version. */
    private static void migrate(Connection db, Path directory) throws SQLException, IOException {
        int version;
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        if (version > SCHEMA_VERSION) {
            throw new StoreException("the store in " + directory + " has schema version " + version
                    + ", newer than this Newstrace understands (" + SCHEMA_VERSION + "); use a newer release");
        }
        for (int next = version + 1; next <= SCHEMA_VERSION; next++) {
            String script;
            try (InputStream in = Store.class.getResourceAsStream("migrations/V" + next + ".sql")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + next);
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** What an import did. */
    public record ImportResult(long generation, int added, int skipped) {
    }

    /** Imports the exports an {@code analyze} run wrote into {@code runDirectory}. */
    public ImportResult importRun(Path runDirectory, OutletRegistry registry) {
        if (!Files.isRegularFile(runDirectory.resolve("run.json"))) {
            throw new StoreException(runDirectory + " holds no complete run (no run.json)");
        }
        try {
            db.setAutoCommit(false);
            long generation = generation() + 1;
            int[] counts = importArticles(runDirectory.resolve("articles.jsonl"), registry);
            replaceCorpusTables(runDirectory);
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO imports(generation, imported_at, run_dir, articles_added, articles_skipped, "
                            + "run_digest) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, generation);
                insert.setString(2, Instant.now().toString());
                insert.setString(3, runDirectory.toAbsolutePath().toString());
                insert.setInt(4, counts[0]);
                insert.setInt(5, counts[1]);
                insert.setString(6, runDigest(runDirectory));
                insert.executeUpdate();
            }
            db.commit();
            // The write-ahead log would otherwise stay as large as the import until the store is closed.
            try (Statement statement = db.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            reconcileIndex();
            return new ImportResult(generation, counts[0], counts[1]);
        } catch (SQLException | IOException e) {
            try {
                db.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreException("cannot import " + runDirectory + ": " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException e) {
                throw new StoreException("cannot reset the store connection: " + e.getMessage(), e);
            }
        }
    }

    private int[] importArticles(Path file, OutletRegistry registry) throws SQLException, IOException {
        int added = 0;
        int skipped = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT OR IGNORE INTO articles(id, input, url, title, "
                + "outlet_name, outlet_registry, state_affiliated, published, language, raw, text, record) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode article = JSON.readTree(line);
                JsonNode outlet = article.path("outlet");
                String registryId = text(outlet.path("registry"));
                insert.setString(1, article.get("id").asText());
                insert.setString(2, text(article.path("input")));
                insert.setString(3, text(article.path("url")));
                insert.setString(4, text(article.path("title")));
                insert.setString(5, text(outlet.path("name")));
                insert.setString(6, registryId);
                insert.setInt(7, registryId != null && registry.byId(registryId).map(registry::stateAffiliated)
                        .orElse(false) ? 1 : 0);
                insert.setString(8, text(article.path("published")));
                insert.setString(9, text(article.path("language")));
                insert.setString(10, article.get("raw").asText());
                insert.setString(11, article.path("text").asText(""));
                insert.setString(12, line);
                if (insert.executeUpdate() == 1) {
                    added++;
                } else {
                    skipped++;
                }
            }
        }
        return new int[] {added, skipped};
    }

    private void replaceCorpusTables(Path run) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            for (String table : List.of("mentions", "entities", "quotes", "entity_months", "entity_quotes", "sources",
                    "reuse", "story_articles", "stories", "provenance", "outlet_links")) {
                statement.execute("DELETE FROM " + table);
            }
        }
        load(run.resolve("entities.jsonl"), "INSERT INTO entities(id, type, name, aliases) VALUES (?, ?, ?, ?)",
                (entity, insert) -> {
                    insert.setString(1, entity.get("id").asText());
                    insert.setString(2, entity.get("type").asText());
                    insert.setString(3, entity.get("name").asText());
                    insert.setString(4, entity.path("aliases").toString());
                    insert.executeUpdate();
                    try (PreparedStatement mention = db.prepareStatement(
                            "INSERT INTO mentions(entity, article, start, end, role, published) VALUES (?, ?, ?, ?, ?, "
                                    + "(SELECT published FROM articles WHERE id = ?2))")) {
                        for (JsonNode m : entity.path("mentions")) {
                            mention.setString(1, entity.get("id").asText());
                            mention.setString(2, m.get("article").asText());
                            mention.setInt(3, m.get("start").asInt());
                            mention.setInt(4, m.get("end").asInt());
                            mention.setInt(5, m.path("via").asText("").equals("role") ? 1 : 0);
                            mention.executeUpdate();
                        }
                    }
                });
        load(run.resolve("quotes.jsonl"), "INSERT INTO quotes(id, article, start, end, kind, text, speaker, "
                + "speaker_entity, cue, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (quote, insert) -> {
                    JsonNode speaker = quote.path("speaker");
                    insert.setString(1, quote.get("id").asText());
                    insert.setString(2, quote.get("article").asText());
                    insert.setInt(3, quote.get("start").asInt());
                    insert.setInt(4, quote.get("end").asInt());
                    insert.setString(5, quote.get("kind").asText());
                    insert.setString(6, quote.get("text").asText());
                    insert.setString(7, text(speaker.path("name")));
                    insert.setString(8, text(speaker.path("entity")));
                    insert.setString(9, text(quote.path("cue")));
                    insert.setDouble(10, quote.path("confidence").asDouble());
                    insert.executeUpdate();
                });
        try (Statement statement = db.createStatement()) {
            statement.execute("UPDATE quotes SET published = (SELECT a.published FROM articles a WHERE a.id = quotes.article)");
            // An entity's page reads these counts instead of counting its mentions on every first visit.
            statement.execute("INSERT INTO entity_months(entity, month, articles) SELECT entity, "
                    + "COALESCE(SUBSTR(published, 1, 7), 'unknown'), COUNT(DISTINCT article) FROM mentions GROUP BY 1, 2");
            statement.execute("INSERT INTO entity_quotes(entity, quotes) SELECT speaker_entity, COUNT(*) FROM quotes "
                    + "WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity");
        }
        load(run.resolve("sources.jsonl"), "INSERT INTO sources(article, name, kind, outlet, start, end, evidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", (source, insert) -> {
                    insert.setString(1, source.get("article").asText());
                    insert.setString(2, source.get("name").asText());
                    insert.setString(3, source.get("kind").asText());
                    insert.setString(4, text(source.path("outlet")));
                    insert.setInt(5, source.get("start").asInt());
                    insert.setInt(6, source.get("end").asInt());
                    insert.setString(7, source.get("evidence").asText());
                    insert.executeUpdate();
                });
        load(run.resolve("reuse.jsonl"), "INSERT INTO reuse(a, b, kind, a_start, a_end, b_start, b_end, score, method)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (reuse, insert) -> {
                    int column = 1;
                    for (String field : List.of("a", "b", "kind")) {
                        insert.setString(column++, reuse.get(field).asText());
                    }
                    for (String field : List.of("a_start", "a_end", "b_start", "b_end")) {
                        insert.setInt(column++, reuse.get(field).asInt());
                    }
                    insert.setDouble(column++, reuse.get("score").asDouble());
                    insert.setString(column, reuse.get("method").asText());
                    insert.executeUpdate();
                });
        load(run.resolve("stories.jsonl"), "INSERT INTO stories(id, label, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                (story, insert) -> {
                    insert.setString(1, story.get("id").asText());
                    insert.setString(2, story.get("label").asText());
                    insert.setString(3, text(story.path("first_seen")));
                    insert.setString(4, text(story.path("last_seen")));
                    insert.executeUpdate();
                    try (PreparedStatement member = db.prepareStatement(
                            "INSERT INTO story_articles(story, article, position) VALUES (?, ?, ?)")) {
                        int position = 0;
                        for (JsonNode article : story.path("articles")) {
                            member.setString(1, story.get("id").asText());
                            member.setString(2, article.asText());
                            member.setInt(3, position++);
                            member.executeUpdate();
                        }
                    }
                });
        load(run.resolve("provenance.jsonl"), "INSERT INTO provenance(source, target, basis, attributed, ordered, "
                + "evidence) VALUES (?, ?, ?, ?, ?, ?)", (edge, insert) -> {
                    insert.setString(1, edge.get("from").asText());
                    insert.setString(2, edge.get("to").asText());
                    insert.setString(3, edge.get("basis").asText());
                    insert.setInt(4, edge.get("attributed").asBoolean() ? 1 : 0);
                    insert.setInt(5, edge.path("ordered").asBoolean(true) ? 1 : 0);
                    insert.setString(6, edge.get("evidence").asText());
                    insert.executeUpdate();
                });
        load(run.resolve("outlet_links.jsonl"), "INSERT INTO outlet_links(source, target, weight, attributed, "
                + "unattributed, bases) VALUES (?, ?, ?, ?, ?, ?)", (link, insert) -> {
                    insert.setString(1, link.get("from").asText());
                    insert.setString(2, link.get("to").asText());
                    insert.setInt(3, link.get("weight").asInt());
                    insert.setInt(4, link.get("attributed").asInt());
                    insert.setInt(5, link.get("unattributed").asInt());
                    insert.setString(6, link.path("bases").toString());
                    insert.executeUpdate();
                });
    }

    private interface RowLoader {
        void load(JsonNode record, PreparedStatement insert) throws SQLException;
    }

    /** Loads every line of an export file; a file the run did not write (an older run) is left out. */
    private void load(Path file, String sql, RowLoader loader) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement(sql);
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                loader.load(JSON.readTree(line), insert);
            }
        }
    }

    /** Whether the last import took the run now in {@code runDirectory} (its {@code run.json}, byte for byte). */
    public boolean holds(Path runDirectory) {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT run_digest FROM imports ORDER BY generation DESC LIMIT 1")) {
            return rs.next() && runDigest(runDirectory).equals(rs.getString(1));
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read the imports of " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String runDigest(Path runDirectory) throws IOException {
        return Pipeline.contentId(Files.readString(runDirectory.resolve("run.json")));
    }

    private long generation() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(generation), 0) FROM imports")) {
            return rs.getLong(1);
        }
    }

    /** Rebuilds the index from the database when it does not reflect the last import. */
    private void reconcileIndex() throws SQLException, IOException {
        long generation = generation();
        if (index.generation() == generation) {
            return;
        }
        index.rebuild(generation, this::articlesForIndex);
    }

    /**
     * Streams the articles to the index with their entities, speakers and stories: the articles and each link
     * table are read in article order side by side (a merge), so memory holds one article at a time.
     */
    private void articlesForIndex(SearchIndex.EntrySink sink) throws SQLException, IOException {
        try (Statement articles = db.createStatement(); Statement entities = db.createStatement();
             Statement speakers = db.createStatement(); Statement stories = db.createStatement();
             ResultSet rs = articles.executeQuery("SELECT id, title, text, language, published, "
                     + "COALESCE(outlet_registry, outlet_name), state_affiliated FROM articles ORDER BY id");
             LinkCursor entityLinks = new LinkCursor(entities.executeQuery(
                     "SELECT article, entity FROM mentions ORDER BY article"));
             LinkCursor speakerLinks = new LinkCursor(speakers.executeQuery(
                     "SELECT article, speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL ORDER BY article"));
             LinkCursor storyLinks = new LinkCursor(stories.executeQuery(
                     "SELECT article, story FROM story_articles ORDER BY article"))) {
            while (rs.next()) {
                String id = rs.getString(1);
                sink.add(new SearchIndex.Entry(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1, entityLinks.of(id),
                        speakerLinks.of(id), storyLinks.of(id)));
            }
        }
    }

    /** A link table read in article order: the distinct values of each article, asked for in increasing order. */
    private static final class LinkCursor implements AutoCloseable {
        private final ResultSet rows;
        private boolean pending;

        LinkCursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.pending = rows.next();
        }

        List<String> of(String article) throws SQLException {
            List<String> values = new ArrayList<>();
            while (pending && rows.getString(1).compareTo(article) <= 0) {
                if (rows.getString(1).equals(article) && !values.contains(rows.getString(2))) {
                    values.add(rows.getString(2));
                }
                pending = rows.next();
            }
            return values;
        }

        @Override
        public void close() throws SQLException {
            rows.close();
        }
    }

    /** The read side, for the CLI's queries and the server. */
    public StoreReader reader() {
        return reader;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    @Override
    public void close() {
        try {
            reader.close();
            index.close();
            db.close();
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot close the store in " + directory + ": " + e.getMessage(), e);
        }
    }
}
