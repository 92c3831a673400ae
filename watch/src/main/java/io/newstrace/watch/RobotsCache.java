package io.newstrace.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The robots.txt rules of each origin (scheme, host, port), fetched once and kept a day. As RFC 9309 says: a
 * missing robots.txt (4xx) allows everything; a server error or no answer disallows everything for a while, so
 * the site is tried again later rather than crawled blind.
 */
final class RobotsCache {
    /** Fetches a robots.txt (following redirects, guarded, throttled), or fails with the HTTP status if any. */
    interface Loader {
        PoliteFetcher.Response load(URI robotsTxt) throws FetchException;
    }

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_FAILURE = Duration.ofMinutes(10);

    private record Entry(BaseRobotRules rules, Instant expires) {
    }

    private final Loader loader;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> byOrigin = new HashMap<>();

    RobotsCache(Loader loader) {
        this.loader = loader;
    }

    BaseRobotRules rulesFor(URI uri) {
        URI robotsTxt = uri.resolve("/robots.txt");
        String origin = robotsTxt.getScheme() + "://" + robotsTxt.getRawAuthority();
        Entry entry = byOrigin.get(origin);
        Instant now = Instant.now();
        if (entry == null || entry.expires().isBefore(now)) {
            entry = load(robotsTxt, now);
            byOrigin.put(origin, entry);
        }
        return entry.rules();
    }

    private Entry load(URI robotsTxt, Instant now) {
        try {
            PoliteFetcher.Response response = loader.load(robotsTxt);
            BaseRobotRules rules = parser.parseContent(robotsTxt.toString(), response.body(), response.contentType(),
                    List.of(FetchSettings.ROBOT_NAME));
            return new Entry(rules, now.plus(KEEP));
        } catch (FetchException e) {
            if (e.status() > 0) {
                BaseRobotRules rules = parser.failedFetch(e.status());
                return new Entry(rules, now.plus(rules.isDeferVisits() ? KEEP_FAILURE : KEEP));
            }
            SimpleRobotRules unreachable = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            unreachable.setDeferVisits(true);
            return new Entry(unreachable, now.plus(KEEP_FAILURE));
        }
    }
}
