package io.newstrace.watch;

import io.newstrace.core.ingest.TextDecoder;
import io.newstrace.core.pipeline.Problem;
import io.newstrace.core.pipeline.ProgressListener;
import io.newstrace.store.Store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls feeds and adds their new articles to an output directory. A round reads each feed (conditionally), fetches
 * the pages of items not seen before, adds them all to the corpus in one pipeline run, and only then saves the
 * state: a round killed midway is simply done again, pages already in the corpus are not fetched twice, and a
 * store left behind by a kill during its import is brought up to date.
 */
public final class Watcher {
    private static final String FEED_TYPES =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    private static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    /** What one round did. */
    public record Round(int feeds, int unchangedFeeds, int failedFeeds, int newItems, int addedArticles,
                        int failedItems) {
        public boolean everyFeedFailed() {
            return failedFeeds == feeds;
        }
    }

    private enum FeedStatus { READ, UNCHANGED, FAILED }

    private record FeedPoll(FeedStatus status, WatchState.FeedState state, int newItems, int failedItems) {
    }

    private final List<URI> feeds;
    private final Path outDir;
    private final PoliteFetcher fetcher;
    private final CorpusUpdater corpus;
    private final Consumer<String> log;

    /** @param log takes progress and every failure (URL and reason), one line a call */
    public Watcher(List<URI> feeds, Path outDir, PoliteFetcher fetcher, CorpusUpdater corpus, Consumer<String> log) {
        this.feeds = List.copyOf(feeds);
        this.outDir = outDir;
        this.fetcher = fetcher;
        this.corpus = corpus;
        this.log = log;
    }

    /** Rounds every {@code interval} (from the start of one to the start of the next) until interrupted. */
    public void runEvery(Duration interval) {
        while (!Thread.currentThread().isInterrupted()) {
            long started = System.nanoTime();
            try {
                runRound();
            } catch (IOException | RuntimeException e) {
                // The state was not saved, so the next round does this one's work again.
                log.accept("watch: round failed, tried again next round: " + e.getMessage());
            }
            long waitNanos = Math.max(0, interval.toNanos() - (System.nanoTime() - started));
            log.accept("watch: next round in " + TimeUnit.NANOSECONDS.toSeconds(waitNanos) + " s");
            try {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One round over every feed. */
    public Round runRound() throws IOException {
        Path stateFile = outDir.resolve(WatchState.FILE_NAME);
        WatchState state = WatchState.read(stateFile);
        Set<String> inCorpus = CorpusUpdater.urlsIn(outDir);
        List<CorpusUpdater.Page> pages = new ArrayList<>();
        int unchanged = 0;
        int failed = 0;
        int newItems = 0;
        int failedItems = 0;
        for (URI feed : feeds) {
            FeedPoll poll = poll(feed, state.feed(feed), inCorpus, pages);
            state = state.with(feed, poll.state());
            unchanged += poll.status() == FeedStatus.UNCHANGED ? 1 : 0;
            failed += poll.status() == FeedStatus.FAILED ? 1 : 0;
            newItems += poll.newItems();
            failedItems += poll.failedItems();
        }
        if (!pages.isEmpty()) {
            CorpusUpdater.Update update = corpus.add(pages, outDir, problemPrinter());
            log.accept(String.format(Locale.ROOT, "watch: %d pages analysed into %s, which now holds %d articles; "
                    + "store: %d added", pages.size(), outDir, update.run().articles(), update.stored().added()));
        } else {
            Store.ImportResult caughtUp = corpus.catchUp(outDir);
            if (caughtUp != null) {
                log.accept(String.format(Locale.ROOT, "watch: the store lagged behind the exports in %s (a round "
                        + "killed during its import); imported them: %d added", outDir, caughtUp.added()));
            }
        }
        Files.createDirectories(outDir);
        state.write(stateFile);
        Round round = new Round(feeds.size(), unchanged, failed, newItems, pages.size(), failedItems);
        log.accept(String.format(Locale.ROOT, "watch: %d feeds (%d unchanged, %d failed), %d new items: %d fetched, "
                + "%d failed", round.feeds(), round.unchangedFeeds(), round.failedFeeds(), round.newItems(),
                round.addedArticles(), round.failedItems()));
        return round;
    }

    private FeedPoll poll(URI feedUri, WatchState.FeedState previous, Set<String> inCorpus,
                          List<CorpusUpdater.Page> pages) {
        Feed feed;
        PoliteFetcher.Response response;
        try {
            response = fetcher.fetch(feedUri, previous.validators(), FEED_TYPES);
            if (response.notModified()) {
                log.accept("watch: " + feedUri + ": not modified");
                return new FeedPoll(FeedStatus.UNCHANGED, previous, 0, 0);
            }
            feed = FeedParser.parse(response.body(), response.uri());
        } catch (FetchException e) {
            log.accept("watch: feed " + e.getMessage());
            return new FeedPoll(FeedStatus.FAILED, previous, 0, 0);
        } catch (FeedParser.MalformedFeedException e) {
            log.accept("watch: feed " + feedUri + ": " + e.getMessage());
            return new FeedPoll(FeedStatus.FAILED, previous, 0, 0);
        }
        String outlet = feed.title() != null ? feed.title() : feedUri.getHost();
        Set<String> seen = new LinkedHashSet<>();
        int newItems = 0;
        int failedItems = 0;
        boolean retryLater = false;
        for (Feed.Item item : feed.items()) {
            if (previous.seen().contains(item.key())) {
                seen.add(item.key());
                continue;
            }
            newItems++;
            if (item.link() == null) {
                log.accept("watch: " + feedUri + ": item " + item.key() + " has no link; skipped");
                seen.add(item.key());
                failedItems++;
                continue;
            }
            String url = item.link().toString();
            if (inCorpus.contains(url)) {
                seen.add(item.key());
                continue;
            }
            try {
                String html = fetchHtml(item.link());
                pages.add(new CorpusUpdater.Page(url, item.title(), item.published(), outlet, html));
                inCorpus.add(url);
                seen.add(item.key());
            } catch (FetchException e) {
                log.accept("watch: " + e.getMessage());
                failedItems++;
                if (e.retryable()) {
                    retryLater = true;
                } else {
                    seen.add(item.key());
                }
            }
        }
        // Keeping the validators would let a 304 hide the items to retry, so the next poll reads the feed whole.
        PoliteFetcher.Validators validators = retryLater ? PoliteFetcher.Validators.NONE : response.validators();
        log.accept(String.format(Locale.ROOT, "watch: %s: %d items, %d new", feedUri, feed.items().size(), newItems));
        return new FeedPoll(FeedStatus.READ, new WatchState.FeedState(validators, seen), newItems, failedItems);
    }

    private String fetchHtml(URI link) throws FetchException {
        PoliteFetcher.Response page = fetcher.fetch(link, PoliteFetcher.Validators.NONE, PAGE_TYPES);
        String contentType = page.contentType() == null ? "" : page.contentType();
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.isEmpty() && !HTML_TYPES.contains(mediaType)) {
            throw FetchException.permanent(link, "not HTML (Content-Type " + contentType + ")");
        }
        try {
            return TextDecoder.decode(page.body(), charsetOf(contentType)).text();
        } catch (TextDecoder.NotTextException e) {
            throw FetchException.permanent(link, "not HTML: " + e.getMessage());
        }
    }

    private static String charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("charset")) {
                return nameValue[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    private ProgressListener problemPrinter() {
        return new ProgressListener() {
            @Override
            public void problem(Problem problem) {
                log.accept(problem.toString());
            }
        };
    }
}
