package io.newstrace.store;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with stored fields compressed in small chunks. A search reads the stored fields of its
 * hits one document at a time, and the default's chunks (80 KB behind a 4 KB dictionary, both decompressed for
 * any one document of the chunk) made that a fifth of a search's cost. Registered through
 * {@code META-INF/services}, as Lucene finds a segment's codec by its name.
 */
public final class SearchCodec extends FilterCodec {
    private static final int CHUNK_BYTES = 4 * 1024;
    private static final int MAX_DOCUMENTS_PER_CHUNK = 16;
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "NewstraceStoredFields", CompressionMode.FAST, CHUNK_BYTES, MAX_DOCUMENTS_PER_CHUNK, BLOCK_SHIFT);

    public SearchCodec() {
        super("NewstraceSearch", new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
