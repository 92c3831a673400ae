package io.newstrace.core.ingest;

import java.nio.file.Path;

/**
 * One file to read.
 *
 * @param name   how the input is named in exports and messages: the path as given, or {@code -} for stdin
 * @param path   where its bytes are (for stdin, a spooled copy)
 * @param format the reader to use
 */
public record InputSource(String name, Path path, InputFormat format) {
}
