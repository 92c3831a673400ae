package io.newstrace.watch;

import io.newstrace.core.Version;

import java.time.Duration;

/**
 * How {@link PoliteFetcher} behaves.
 *
 * @param userAgent  sent with every request, and the name robots.txt groups are matched against
 * @param hostDelay  least time between two requests to one host (a longer robots.txt Crawl-delay, up to a minute, wins)
 * @param timeout    longest wait for a whole answer, body included
 * @param maxBytes   answers larger than this are cut off and reported
 * @param guard      which addresses may be fetched
 */
public record FetchSettings(String userAgent, Duration hostDelay, Duration timeout, long maxBytes, AddressGuard guard) {
    public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** The product token robots.txt groups name us by. */
    public static final String ROBOT_NAME = "newstrace";

    public FetchSettings {
        if (hostDelay.isNegative() || timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException("the delay must not be negative, the timeout and size cap must be positive");
        }
    }

    /** The honest User-Agent: who we are and where to read about us. */
    public static String defaultUserAgent() {
        return "Newstrace/" + Version.get() + " (+https://github.com/newstrace; research crawler)";
    }

    /** The defaults, public addresses only. */
    public static FetchSettings defaults() {
        return new FetchSettings(defaultUserAgent(), DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                AddressGuard.publicOnly());
    }
}
