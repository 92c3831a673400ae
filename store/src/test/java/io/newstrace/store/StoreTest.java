package io.newstrace.store;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Pipeline;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.core.sources.registry.OutletRegistry;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store of the analysed sample corpus. */
class StoreTest {
    private static final Path SAMPLES = Path.of("..", "samples", "mali-russia");
    private static final OutletRegistry REGISTRY = OutletRegistry.bundled();
    @TempDir
    static Path run;

    @BeforeAll
    static void analyze() throws IOException {
        new Pipeline(AnalyzeConfig.defaults().withThreads(2)).run(List.of(SAMPLES.toString()),
                new ByteArrayInputStream(new byte[0]), run, ProgressListener.NONE);
    }

    @Test
    void searchFindsFrenchWordsWhateverTheirAccentsAndEndingsWithFiltersAndFacets(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            assertThat(store.importRun(run, REGISTRY).added()).isEqualTo(5);

            SearchIndex.Result accented = store.reader().search(SearchIndex.Query.words("coopérations militaires"));
            SearchIndex.Result plain = store.reader().search(SearchIndex.Query.words("cooperation militaire"));
            assertThat(accented.total()).isEqualTo(5);
            assertThat(plain.hits()).extracting(SearchIndex.Hit::article)
                    .containsExactlyElementsOf(accented.hits().stream().map(SearchIndex.Hit::article).toList());
            assertThat(accented.facets().get("state_affiliated")).containsEntry("true", 1).containsEntry("false", 4);
            assertThat(accented.hits()).allSatisfy(hit -> assertThat(hit.snippet().toLowerCase()).containsAnyOf("coop", "milit"));
            // The word is some 1,500 characters into its article, past the lead the index stores for snippets.
            assertThat(store.reader().search(SearchIndex.Query.words("antijihadiste")).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.snippet()).startsWith("…").contains("antijihadistes"));

            SearchIndex.Result rt = store.reader().search(new SearchIndex.Query("Diop", "rt", null, null, null, null, null,
                    null, null, 0, 10));
            assertThat(rt.hits()).singleElement().satisfies(hit -> assertThat(hit.outlet()).isEqualTo("rt"));
            assertThatThrownBy(() -> store.reader().search(SearchIndex.Query.words("coopération AND (")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid query");
        }
    }

    @Test
    void quotesMentionsAndCompanyOfAPerson(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            store.importRun(run, REGISTRY);
            StoreReader reader = store.reader();
            String diop = reader.entityNamed("Diop").orElseThrow();

            assertThat(reader.entity(diop).orElseThrow().name()).isEqualTo("Abdoulaye Diop");
            assertThat(reader.quotes(diop, null, null, 0, 100)).hasSizeGreaterThan(10)
                    .allMatch(quote -> quote.speaker().equals("Abdoulaye Diop"));
            assertThat(reader.mentionsByMonth(diop)).containsEntry("unknown", 4);
            StoreReader.EntityCounts counts = new StoreReader.EntityCounts(
                    reader.quotes(diop, null, null, 0, 100).size(), 4);
            assertThat(reader.entityCounts(diop)).isEqualTo(counts);
            // Each import counts afresh: importing the run again leaves the counts as they were.
            store.importRun(run, REGISTRY);
            assertThat(store.reader().entityCounts(diop)).isEqualTo(counts);
            assertThat(reader.coOccurring(diop, 10)).extracting(StoreReader.Count::name).contains("Sergueï Lavrov");
            SearchIndex.Result spoken = store.reader().search(new SearchIndex.Query(null, null, null, null, null, diop, null,
                    null, null, 0, 10));
            assertThat(spoken.total()).isEqualTo(4);
        }
    }

    @Test
    void importingTheSameRunAgainSkipsItsArticlesAndAKilledIndexIsRebuiltOnOpen(@TempDir Path dir)
            throws IOException {
        try (Store store = Store.open(dir)) {
            store.importRun(run, REGISTRY);
            Store.ImportResult again = store.importRun(run, REGISTRY);
            assertThat(again.added()).isZero();
            assertThat(again.skipped()).isEqualTo(5);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        try (Store reopened = Store.open(dir)) {
            assertThat(reopened.reader().search(SearchIndex.Query.words("Bamako")).total()).isPositive();
        }
    }

    @Test
    void anIndexWrittenWithAnEarlierLayoutIsRebuiltOnOpen(@TempDir Path dir) throws IOException {
        try (Store store = Store.open(dir)) {
            store.importRun(run, REGISTRY);
        }
        // What an earlier version left: an index of the store's generation whose commit names no layout (here
        // emptied, so that only a rebuild can find anything).
        try (FSDirectory index = FSDirectory.open(dir.resolve("index"));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig().setCodec(new SearchCodec()))) {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of("generation", "1").entrySet());
            writer.commit();
        }
        try (Store reopened = Store.open(dir)) {
            assertThat(reopened.reader().search(SearchIndex.Query.words("Bamako")).total()).isPositive();
        }
    }

    @Test
    void aVersion1StoreIsMigratedKeepingItsArticlesAndGainsTheOutletLinksAndRunDigests(@TempDir Path dir)
            throws Exception {
        try (Store store = Store.open(dir)) {
            store.importRun(run, REGISTRY);
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newstrace.db"));
             Statement statement = db.createStatement()) {
            statement.execute("DROP TABLE outlet_links");
            statement.execute("DROP TABLE entity_months");
            statement.execute("DROP TABLE entity_quotes");
            for (String index : List.of("provenance_source", "provenance_target", "articles_outlet_key",
                    "story_articles_story", "quotes_speaker_published", "quotes_published")) {
                statement.execute("DROP INDEX " + index);
            }
            statement.execute("ALTER TABLE quotes DROP COLUMN published");
            statement.execute("ALTER TABLE imports DROP COLUMN run_digest");
            statement.execute("DROP INDEX mentions_entity_published");
            statement.execute("DROP INDEX mentions_article_entity");
            statement.execute("ALTER TABLE mentions DROP COLUMN published");
            statement.execute("CREATE INDEX mentions_entity ON mentions(entity)");
            statement.execute("CREATE INDEX mentions_article ON mentions(article)");
            statement.execute("PRAGMA user_version = 1");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.reader().counts()).containsEntry("articles", 5L);
            assertThat(store.reader().outletLinks(null, 10)).isEmpty();
            assertThat(store.holds(run)).isFalse();
            // The mentions gained their articles' days: an entity's page reads them from there.
            String diop = store.reader().entityNamed("Diop").orElseThrow();
            assertThat(store.reader().mentionsByMonth(diop)).containsEntry("unknown", 4);
            assertThat(store.reader().articlesMentioning(diop, 10)).hasSize(4);
            // The counts an entity's page shows were made from the mentions and quotes already there.
            assertThat(store.reader().entityCounts(diop)).isEqualTo(new StoreReader.EntityCounts(
                    store.reader().quotes(diop, null, null, 0, 100).size(), 4));
            assertThat(store.reader().entityCounts(diop).quotes()).isPositive();
            store.importRun(run, REGISTRY);
            assertThat(store.holds(run)).isTrue();
            assertThat(store.reader().outletLinks("outlet:rt", 10))
                    .contains(new StoreReader.OutletLinkRow("outlet:sputnik", "outlet:rt", 1, 1, 0));
        }
    }

    @Test
    void anArticleOfUnknownLanguageIsIndexedAndFound(@TempDir Path dir) throws IOException {
        Path undetermined = dir.resolve("run");
        Files.createDirectories(undetermined);
        Files.writeString(undetermined.resolve("articles.jsonl"), "{\"id\":\"0123456789abcdef\",\"title\":\"Bamako\","
                + "\"outlet\":{\"name\":null},\"published\":null,\"language\":null,\"raw\":\"Bamako, 12 juin.\","
                + "\"text\":\"Bamako, 12 juin.\"}\n");
        Files.writeString(undetermined.resolve("run.json"), "{}");
        try (Store store = Store.open(dir.resolve("store"))) {
            store.importRun(undetermined, REGISTRY);
            SearchIndex.Result found = store.reader().search(SearchIndex.Query.words("Bamako"));
            assertThat(found.total()).isEqualTo(1);
            assertThat(found.facets().get("language")).containsEntry("unknown", 1);
        }
    }

    @Test
    void aStoreWrittenByANewerReleaseIsRefused(@TempDir Path dir) throws Exception {
        Store.open(dir).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newstrace.db"));
             Statement statement = db.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99");
    }
}
