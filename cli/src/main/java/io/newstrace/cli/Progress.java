package io.newstrace.cli;

import io.newstrace.core.pipeline.Problem;
import io.newstrace.core.pipeline.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Shows a run's progress on stderr: a progress bar when stderr is a terminal, otherwise a plain line every
 * few seconds (logs and CI stay readable). Problems are printed as they happen, one line each.
 */
abstract class Progress implements ProgressListener, AutoCloseable {
    static Progress forConsole(PrintStream err) {
        return System.console() != null ? new Bar(err) : new Lines(err);
    }

    protected final PrintStream err;

    Progress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void problem(Problem problem) {
        printProblem(problem.toString());
    }

    protected void printProblem(String line) {
        err.println(line);
    }

    @Override
    public void close() {
    }

    private static final class Bar extends Progress {
        private ProgressBar bar;

        Bar(PrintStream err) {
            super(err);
        }

        @Override
        public void started(long documents) {
            bar = new ProgressBarBuilder().setTaskName("analyze").setInitialMax(documents)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                    .setUnit(" articles", 1).showSpeed().build();
        }

        @Override
        public void progressed(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        protected void printProblem(String line) {
            if (bar == null) {
                err.println(line);
            } else {
                // Keep the bar on its own line: clear it, print the message, let the bar redraw below.
                err.print("\r\033[K");
                err.println(line);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static final class Lines extends Progress {
        private static final long INTERVAL_NANOS = 5_000_000_000L;
        private long total;
        private long lastPrint = System.nanoTime();

        Lines(PrintStream err) {
            super(err);
        }

        @Override
        public void started(long documents) {
            total = documents;
            err.println("analyzing " + documents + " documents");
        }

        @Override
        public void progressed(long done) {
            long now = System.nanoTime();
            if (now - lastPrint >= INTERVAL_NANOS) {
                lastPrint = now;
                err.printf("analyzed %d/%d documents%n", done, total);
            }
        }
    }
}
