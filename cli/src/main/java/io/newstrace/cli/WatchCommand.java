package io.newstrace.cli;

import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.watch.AddressGuard;
import io.newstrace.watch.CorpusUpdater;
import io.newstrace.watch.Durations;
import io.newstrace.watch.FeedList;
import io.newstrace.watch.FetchSettings;
import io.newstrace.watch.PoliteFetcher;
import io.newstrace.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newstrace watch FEEDS --out DIR}: polls feeds and adds their new articles to DIR. */
@Command(name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Polls RSS and Atom feeds, fetches the pages of new items politely (robots.txt, one request per host "
                + "every --host-delay, conditional requests, size cap, timeouts) and adds them to DIR as analyze "
                + "would: exports and store. Remembers what it has seen in DIR/watch-state.json.",
            "With --once: exits 0 after one round, 1 when every feed failed; otherwise polls every --interval until "
                + "interrupted. Exits 2 on bad usage."})
final class WatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEEDS",
            description = "Feed URLs (http or https), or files listing one feed URL a line (# starts a comment).")
    private List<String> feeds;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The output directory to add to (created if missing), as written by analyze.")
    private Path out;

    @Option(names = "--once", description = "One round, then exit.")
    private boolean once;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time from the start of one round to the next: 30s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    private Duration interval;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}); a longer "
                    + "robots.txt Crawl-delay, up to a minute, wins.")
    private Duration hostDelay;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait for a whole answer (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Larger answers are cut off and reported (default: ${DEFAULT-VALUE}).")
    private long maxBytes = FetchSettings.DEFAULT_MAX_BYTES;

    @Option(names = "--allow-private",
            description = "Also fetch private, loopback and link-local addresses (refused by default: a feed must not "
                    + "reach into the network Newstrace runs in).")
    private boolean allowPrivate;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads for the analysis (default: all cores).")
    private Integer threads;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "An outlet registry file of your own, as for analyze. Repeatable.")
    private List<Path> registryFiles = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Watcher watcher;
        try {
            List<URI> feedUris = FeedList.read(feeds);
            FetchSettings settings = new FetchSettings(FetchSettings.defaultUserAgent(), hostDelay, timeout, maxBytes,
                    allowPrivate ? AddressGuard.anyAddress() : AddressGuard.publicOnly());
            AnalyzeConfig defaults = AnalyzeConfig.defaults();
            AnalyzeConfig config = new AnalyzeConfig(threads == null ? defaults.threads() : threads,
                    defaults.languages(), defaults.clean(), defaults.input(), defaults.documentTimeout(), registryFiles,
                    defaults.reuse(), true, defaults.stories());
            watcher = new Watcher(feedUris, out, new PoliteFetcher(settings), new CorpusUpdater(config), line -> {
                err.println(line);
                err.flush();
            });
        } catch (IllegalArgumentException e) {
            err.println("newstrace: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (!once) {
            watcher.runEvery(interval);
            return 0;
        }
        try {
            return watcher.runRound().everyFeedFailed() ? 1 : 0;
        } catch (IOException e) {
            err.println("newstrace: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
