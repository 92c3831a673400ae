package io.newstrace.core.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Numbers collected into partitions, kept in memory up to a budget and appended to one temporary file per
 * partition beyond it; each partition is later read back whole and sorted. This keeps the index of a million
 * articles within a fixed heap: only one partition is ever in memory at once after collection.
 */
final class SpillingLongs implements AutoCloseable {
    private final long[][] buffers;
    private final int[] sizes;
    private final long memoryBudget;
    private long inMemory;
    private Path directory;

    SpillingLongs(int partitions, long memoryBudget) {
        this.buffers = new long[partitions][16];
        this.sizes = new int[partitions];
        this.memoryBudget = memoryBudget;
    }

    int partitions() {
        return buffers.length;
    }

    void add(int partition, long value) {
        if (sizes[partition] == buffers[partition].length) {
            buffers[partition] = Arrays.copyOf(buffers[partition], buffers[partition].length * 2);
        }
        buffers[partition][sizes[partition]++] = value;
        if (++inMemory >= memoryBudget) {
            spill();
        }
    }

    /** Every value of one partition, sorted; the partition is emptied. */
    long[] drainSorted(int partition) {
        Path file = directory == null ? null : file(partition);
        try {
            long spilled = file != null && Files.exists(file) ? Files.size(file) / Long.BYTES : 0;
            long[] values = new long[Math.toIntExact(spilled + sizes[partition])];
            if (spilled > 0) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    ByteBuffer bytes = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
                    int filled = 0;
                    while (channel.read(bytes) > 0 || bytes.position() > 0) {
                        bytes.flip();
                        while (bytes.remaining() >= Long.BYTES) {
                            values[filled++] = bytes.getLong();
                        }
                        bytes.compact();
                        if (filled == spilled) {
                            break;
                        }
                    }
                }
                Files.delete(file);
            }
            System.arraycopy(buffers[partition], 0, values, (int) spilled, sizes[partition]);
            inMemory -= sizes[partition];
            sizes[partition] = 0;
            buffers[partition] = new long[16];
            Arrays.sort(values);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the reuse index", e);
        }
    }

    private void spill() {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("newstrace-reuse-");
            }
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (int partition = 0; partition < buffers.length; partition++) {
                if (sizes[partition] == 0) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(file(partition), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    for (int i = 0; i < sizes[partition]; i++) {
                        if (bytes.remaining() < Long.BYTES) {
                            writeAll(channel, bytes);
                        }
                        bytes.putLong(buffers[partition][i]);
                    }
                    writeAll(channel, bytes);
                }
                sizes[partition] = 0;
                buffers[partition] = new long[16];
            }
            inMemory = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill the reuse index to a temporary file", e);
        }
    }

    private static void writeAll(FileChannel channel, ByteBuffer bytes) throws IOException {
        bytes.flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        bytes.clear();
    }

    private Path file(int partition) {
        return directory.resolve(partition + ".bin");
    }

    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary reuse index " + directory, e);
        }
    }
}
