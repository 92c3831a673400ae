package io.newstrace.cli;

import io.newstrace.store.SearchIndex;
import io.newstrace.store.Store;
import io.newstrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newstrace search DIR [WORDS]}: full-text search of the store analyze wrote, with filters and facets. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Searches the store in DIR (written by analyze): WORDS in Lucene's query syntax (\"exact phrase\", "
                + "AND, OR, -word, title_fr:word), French and English words matched whatever their accents and "
                + "endings; no WORDS lists every article. Prints the total, counts by outlet, language and state "
                + "affiliation, and the hits with a snippet.",
            "Exits 0 with hits, 3 without, 1 when DIR holds no store, 2 on a malformed query or option."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The output directory of analyze.")
    private Path directory;

    @Parameters(index = "1..*", paramLabel = "WORDS", description = "What to look for.")
    private List<String> words = List.of();

    @Option(names = "--outlet", paramLabel = "ID", description = "Only this outlet (registry id, or name).")
    private String outlet;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (fr, en, ...).")
    private String language;

    @Option(names = "--state-affiliated", paramLabel = "true|false", description = "Only (or no) state-affiliated outlets.")
    private Boolean stateAffiliated;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this person or organisation.")
    private String entity;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this person.")
    private String speaker;

    @Option(names = "--story", paramLabel = "ID", description = "Only articles of this story.")
    private String story;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    private LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to print, 1-100 (default: ${DEFAULT-VALUE}).")
    private int limit = 10;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(directory.resolve("newstrace.db"))) {
            err.println("newstrace search: " + directory + " holds no store; run analyze into it first");
            return 1;
        }
        try (Store store = Store.open(directory)) {
            SearchIndex.Result result = store.reader().search(new SearchIndex.Query(String.join(" ", words), outlet, language,
                    stateAffiliated, idOf(store, entity), idOf(store, speaker), story, from, to, 0, limit));
            out.printf(Locale.ROOT, "%d articles%n", result.total());
            result.facets().forEach((facet, counts) -> out.printf(Locale.ROOT, "  %s: %s%n", facet, counts));
            for (SearchIndex.Hit hit : result.hits()) {
                out.printf(Locale.ROOT, "%n%s  %s  %s%n  %s%n  %s%n", hit.article(), hit.outlet(),
                        hit.published() == null ? "undated" : hit.published(), hit.title(), hit.snippet());
            }
            out.flush();
            return result.total() > 0 ? 0 : 3;
        } catch (IllegalArgumentException e) {
            err.println("newstrace search: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("newstrace search: " + e.getMessage());
            return 1;
        }
    }

    /** The entity id of a name, or the name itself when the store knows no such entity (nothing will match). */
    private static String idOf(Store store, String name) {
        if (name == null) {
            return null;
        }
        return store.reader().entityNamed(name).orElse(name);
    }
}
