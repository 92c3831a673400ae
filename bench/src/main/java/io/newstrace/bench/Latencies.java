package io.newstrace.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one kind of request, in nanoseconds, and their percentiles (nearest rank). Not thread-safe. */
final class Latencies {
    private long[] nanos = new long[256];
    private int size;
    private boolean sorted = true;

    void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
        sorted = false;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return size;
    }

    /** The smallest latency that at least {@code share} of the requests did not exceed, in ms; 0 when empty. */
    double percentileMillis(double share) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(nanos, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(share * size);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(1.0);
    }

    /** count, p50, p90, p99 and max, aligned for a table. */
    String figures() {
        return String.format(Locale.ROOT, "%7d   p50 %8.2f   p90 %8.2f   p99 %8.2f   max %8.2f ms", size,
                percentileMillis(0.50), percentileMillis(0.90), percentileMillis(0.99), maxMillis());
    }
}
