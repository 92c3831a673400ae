package io.newstrace.core.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The reuse texts of a corpus written to a temporary file as articles go by and read back at random when pairs
 * are aligned, so that the corpus stage does not hold every article's words in memory. Reads may come from
 * several threads at once.
 */
public final class SpilledTexts implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private long[] offsets = new long[1024];
    private int size;
    private long end;

    public SpilledTexts() {
        try {
            file = Files.createTempFile("newstrace-texts-", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the reuse texts", e);
        }
    }

    /** Appends a text; returns its number. */
    public synchronized int add(ReuseText text) {
        byte[] id = text.article().getBytes(StandardCharsets.UTF_8);
        int words = text.size();
        ByteBuffer bytes = ByteBuffer.allocate(4 + id.length + 4 + words * 16);
        bytes.putInt(id.length).put(id).putInt(words);
        for (int i = 0; i < words; i++) {
            bytes.putInt(text.starts()[i]).putInt(text.ends()[i]).putLong(text.words()[i]);
        }
        bytes.flip();
        try {
            long position = end;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size] = end;
            end = position;
            return size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reuse texts to " + file, e);
        }
    }

    public synchronized int size() {
        return size;
    }

    public ReuseText get(int index) {
        long start;
        long stop;
        synchronized (this) {
            start = offsets[index];
            stop = index + 1 < size ? offsets[index + 1] : end;
        }
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(stop - start));
        try {
            long position = start;
            while (bytes.hasRemaining()) {
                position += channel.read(bytes, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reuse texts from " + file, e);
        }
        bytes.flip();
        byte[] id = new byte[bytes.getInt()];
        bytes.get(id);
        int words = bytes.getInt();
        int[] starts = new int[words];
        int[] ends = new int[words];
        long[] hashes = new long[words];
        for (int i = 0; i < words; i++) {
            starts[i] = bytes.getInt();
            ends[i] = bytes.getInt();
            hashes[i] = bytes.getLong();
        }
        return new ReuseText(new String(id, StandardCharsets.UTF_8), starts, ends, hashes);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
