package io.newstrace.spark;

import io.newstrace.core.ingest.DocumentReader;
import io.newstrace.core.ingest.IngestEvent;
import io.newstrace.core.ingest.InputFormat;
import io.newstrace.core.ingest.InputLimits;
import io.newstrace.core.ingest.InputSource;
import scala.Tuple2;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One input to read on an executor: {@code index} is its place among the run's inputs. Its path must be readable there
 * (a shared file system on a cluster; anything in local mode).
 */
record SourceTask(int index, String name, String path, InputFormat format) implements Serializable {
    static SourceTask of(int index, InputSource source) {
        return new SourceTask(index, source.name(), source.path().toString(), source.format());
    }

    /** The input's events, each keyed by its place in input order: the source's index, then the event's. */
    List<Tuple2<Long, IngestEvent>> read(InputLimits limits) {
        List<Tuple2<Long, IngestEvent>> events = new ArrayList<>();
        new DocumentReader(limits).read(new InputSource(name, Path.of(path), format),
                event -> events.add(new Tuple2<>(position(index, events.size()), event)));
        return events;
    }

    static long position(int source, int event) {
        return ((long) source << 32) | event;
    }

    static int source(long position) {
        return (int) (position >>> 32);
    }
}
