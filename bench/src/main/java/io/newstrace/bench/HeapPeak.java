package io.newstrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a stretch of work, from the JVM's memory pools: the pools' peaks are reset at the start
 * and summed at the end. The sum is an upper bound of the true simultaneous peak (pools peak at different
 * moments) and counts garbage not yet collected, so it says how much heap the stage wanted, not its live set.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    /** Collects what earlier stages left, then starts a new peak. */
    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
