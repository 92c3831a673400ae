package io.newstrace.core.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text input into a string: UTF-8 (with or without BOM) and UTF-16 with BOM are taken
 * as they are; UTF-16 without BOM is recognised by its NUL bytes and reported; anything else is detected with
 * ICU's charset detector and reported. Binary and empty inputs are refused with a message that says which.
 */
public final class TextDecoder {

    /** Decoded text, and the warning to report when the encoding had to be guessed (null otherwise). */
    public record Decoded(String text, String charset, String warning) {
    }

    /** Thrown for input that is not text at all; the message is meant for the user. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MIN_DETECTION_CONFIDENCE = 10;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws NotTextException {
        return decode(bytes, null);
    }

    /**
     * As {@link #decode(byte[])}, but text that is not UTF-8 is read in {@code declaredCharset} (what a server or
     * page says it is, may be null) when Java knows it, without a warning; detection is left for the rest.
     */
    public static Decoded decode(byte[] bytes, String declaredCharset) throws NotTextException {
        if (bytes.length == 0) {
            throw new NotTextException("empty file");
        }
        if (startsWith(bytes, UTF8_BOM)) {
            return new Decoded(strictUtf8(bytes, 3).orElseThrow(() -> new NotTextException(
                    "starts with a UTF-8 byte-order mark but is not valid UTF-8")), "UTF-8", null);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(new String(bytes, 2, bytes.length - 2, utf16), utf16.name(), null);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            var text = strict(utf16, bytes, 0);
            if (text.isPresent() && !looksBinary(text.get().getBytes(StandardCharsets.UTF_8))) {
                return new Decoded(text.get(), utf16.name(), "no byte-order mark; decoded as " + utf16.name());
            }
        }
        if (looksBinary(bytes)) {
            throw new NotTextException("binary content, not text");
        }
        var utf8 = strictUtf8(bytes, 0);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8", null);
        }
        Charset declared = knownCharset(declaredCharset);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, declared), declared.name(), null);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        String charset = match != null && match.getConfidence() >= MIN_DETECTION_CONFIDENCE
                && Charset.isSupported(match.getName()) ? match.getName() : "windows-1252";
        // ICU names latin-1 text that uses the 0x80-0x9F range ISO-8859-1; those bytes are printable only in windows-1252.
        if (charset.equalsIgnoreCase("ISO-8859-1") && usesC1Range(bytes)) {
            charset = "windows-1252";
        }
        String text = new String(bytes, Charset.forName(charset));
        return new Decoded(text, charset, "not valid UTF-8; decoded as " + charset.toLowerCase(Locale.ROOT)
                + (match == null ? "" : " (detected with confidence " + match.getConfidence() + "%)"));
    }

    /**
     * The charset a label names, or null. As browsers do, latin-1 and ASCII labels mean windows-1252: pages so
     * labelled use its 0x80-0x9F characters (curly quotes, dashes).
     */
    private static Charset knownCharset(String label) {
        if (label == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(label.strip());
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? Charset.forName("windows-1252") : charset;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** NUL bytes or many control characters mean a binary file, whatever its name says. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    /**
     * UTF-16 without a byte-order mark, by where its NUL bytes fall: text in Latin scripts has a zero high byte in
     * nearly every code unit, so one parity is mostly NULs and the other has almost none. Null for anything else.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int units = Math.min(bytes.length, 8192) / 2;
        if (units < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < units; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > units * 0.4 && evenZeros < units * 0.01) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > units * 0.4 && oddZeros < units * 0.01) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean usesC1Range(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> strictUtf8(byte[] bytes, int offset) {
        return strict(StandardCharsets.UTF_8, bytes, offset);
    }

    /** The text, or empty when the bytes are not valid in {@code charset} (an unpaired surrogate, say). */
    private static java.util.Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        try {
            return java.util.Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
