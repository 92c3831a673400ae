package io.newstrace.bench;

import java.util.Locale;

/**
 * One measured figure line: how many articles and bytes went through a stage, in how long, at what peak heap.
 *
 * @param peakHeapBytes the peak heap during the stage, or -1 when it was not measured separately
 */
record Figures(String label, long articles, long bytes, long nanos, long peakHeapBytes, int threads) {

    double seconds() {
        return nanos / 1e9;
    }

    double articlesPerSecond() {
        return nanos == 0 ? 0 : articles / seconds();
    }

    /** MB are 10^6 bytes of input (UTF-8 page dumps as stored on disk). */
    double megabytesPerSecond() {
        return nanos == 0 ? 0 : bytes / 1e6 / seconds();
    }

    String line() {
        String heap = peakHeapBytes < 0 ? "" : String.format(Locale.ROOT, "   peak heap %5d MB",
                Math.round(peakHeapBytes / (1024.0 * 1024.0)));
        return String.format(Locale.ROOT, "%-20s %6d articles %7.1f MB %7.2f s %7.0f articles/s %6.1f MB/s%s   threads %d",
                label, articles, bytes / 1e6, seconds(), articlesPerSecond(), megabytesPerSecond(), heap, threads);
    }
}
