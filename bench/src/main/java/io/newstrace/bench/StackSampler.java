package io.newstrace.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's sampling profiler for {@code --profile}: every few milliseconds it takes the stacks of all
 * runnable threads and counts, per sample, the top frame (where the CPU is), the deepest Newstrace frame
 * (which of our methods is responsible, library callees included) and every Newstrace method on the stack
 * (inclusive time). Stacks are taken at safepoints, so counts are approximate; they are good enough to tell
 * which stage and method a run spends its time in.
 */
final class StackSampler implements AutoCloseable {
    private static final String OWN = "io.newstrace.";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Integer> top = new HashMap<>();
    private final Map<String, Integer> deepestOwn = new HashMap<>();
    private final Map<String, Integer> inclusiveOwn = new HashMap<>();
    private final Thread thread;
    private final long intervalMillis;
    private volatile boolean running = true;
    private int samples;

    StackSampler(long intervalMillis) {
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "bench-stack-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        long self = Thread.currentThread().getId();
        while (running) {
            for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                if (info == null || info.getThreadId() == self || info.getThreadState() != Thread.State.RUNNABLE) {
                    continue;
                }
                StackTraceElement[] stack = info.getStackTrace();
                if (stack.length == 0 || isIdle(stack[0])) {
                    continue;
                }
                synchronized (this) {
                    samples++;
                    top.merge(frame(stack[0]), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    String deepest = null;
                    for (StackTraceElement element : stack) {
                        if (element.getClassName().startsWith(OWN)
                                && !element.getClassName().startsWith("io.newstrace.bench.")) {
                            String name = frame(element);
                            if (deepest == null) {
                                deepest = name;
                            }
                            if (seen.add(name)) {
                                inclusiveOwn.merge(name, 1, Integer::sum);
                            }
                        }
                    }
                    deepestOwn.merge(deepest == null ? "(no Newstrace frame: " + frame(stack[0]) + ")" : deepest,
                            1, Integer::sum);
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Native waits the JVM reports as RUNNABLE (the reference handler, console reads, socket polls). */
    private static boolean isIdle(StackTraceElement element) {
        return element.getClassName().equals("java.lang.ref.Reference")
                && element.getMethodName().equals("waitForReferencePendingList")
                || element.getClassName().startsWith("sun.nio.ch.") && element.getMethodName().contains("poll")
                || element.getClassName().equals("java.io.FileInputStream") && element.getMethodName().equals("readBytes");
    }

    private static String frame(StackTraceElement element) {
        String className = element.getClassName();
        return className.substring(className.lastIndexOf('.') + 1) + "." + element.getMethodName()
                + " (" + className.substring(0, Math.max(0, className.lastIndexOf('.'))) + ")";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void print(PrintStream out, String title, int limit) {
        out.printf(Locale.ROOT, "%nprofile of %s: %d samples of runnable threads%n", title, samples);
        print(out, "top frame (self time)", top, limit);
        print(out, "deepest Newstrace frame (self + library callees)", deepestOwn, limit);
        print(out, "Newstrace methods on the stack (inclusive)", inclusiveOwn, limit);
    }

    private void print(PrintStream out, String heading, Map<String, Integer> counts, int limit) {
        out.println("  " + heading + ":");
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
        for (Map.Entry<String, Integer> entry : sorted) {
            out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * entry.getValue() / Math.max(1, samples), entry.getKey());
        }
    }
}
