package io.newstrace.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spaces requests to one host: a request waits until the host's delay has passed since the previous request to it
 * ended, so that the server sees at least the delay between two requests whatever the network adds.
 */
final class HostThrottle {
    private final Map<String, Long> lastEndNanos = new HashMap<>();

    /** Blocks until a request to {@code host} may start, {@code delay} after the end of the previous one. */
    synchronized void await(String host, Duration delay) throws InterruptedException {
        Long lastEnd = lastEndNanos.get(key(host));
        if (lastEnd != null) {
            long waitNanos = lastEnd + delay.toNanos() - System.nanoTime();
            if (waitNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            }
        }
    }

    /** Records that a request to {@code host} has ended (answered or failed). */
    synchronized void ended(String host) {
        lastEndNanos.put(key(host), System.nanoTime());
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
