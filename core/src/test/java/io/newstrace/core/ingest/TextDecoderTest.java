package io.newstrace.core.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    static final String FRENCH = """
            Le président a déclaré « c’est l’été » devant les députés réunis à l’Assemblée nationale.
            Selon l’Élysée, la réforme des retraites sera présentée en conseil des ministres dès mercredi.
            """;

    static final String ENGLISH = """
            The Senate adjourned plenary until Tuesday after a closed-door session on the budget.
            Lawmakers said the delay would not affect the passage of the appropriation bill.
            """;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static byte[] withUtf8Bom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    @Test
    void utf8WithoutBomIsTakenAsIs() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warning()).isNull();
    }

    @Test
    void utf8WithBomDecodesLikeWithoutAndDropsTheBom() throws Exception {
        byte[] plain = FRENCH.getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded withBom = TextDecoder.decode(withUtf8Bom(plain));

        assertThat(withBom.text()).isEqualTo(TextDecoder.decode(plain).text()).isEqualTo(FRENCH);
        assertThat(withBom.text()).doesNotStartWith("\uFEFF");
        assertThat(withBom.charset()).isEqualTo("UTF-8");
        assertThat(withBom.warning()).isNull();
    }

    @Test
    void pureAsciiIsUtf8WithoutWarning() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decode(ENGLISH.getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.text()).isEqualTo(ENGLISH);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warning()).isNull();
    }

    @Test
    void bomFollowedByInvalidUtf8IsRefused() {
        byte[] latin1 = FRENCH.replace('’', '\'').getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextDecoder.decode(withUtf8Bom(latin1)))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessage("starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }

    @Test
    void utf16WithBomIsDecodedInBothByteOrders() throws Exception {
        byte[] le = "\uFEFF".concat(FRENCH).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "\uFEFF".concat(FRENCH).getBytes(StandardCharsets.UTF_16BE);

        TextDecoder.Decoded fromLe = TextDecoder.decode(le);
        TextDecoder.Decoded fromBe = TextDecoder.decode(be);

        assertThat(le[0]).isEqualTo((byte) 0xFF);
        assertThat(fromLe.text()).isEqualTo(FRENCH);
        assertThat(fromLe.charset()).isEqualTo("UTF-16LE");
        assertThat(fromLe.warning()).isNull();
        assertThat(fromBe.text()).isEqualTo(FRENCH);
        assertThat(fromBe.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void windows1252IsDetectedDecodedAndReported() throws Exception {
        byte[] bytes = FRENCH.getBytes(WINDOWS_1252);
        // the curly apostrophe is 0x92 in windows-1252, a C1 control in ISO-8859-1
        assertThat(bytes).contains((byte) 0x92);

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset()).isEqualToIgnoringCase("windows-1252");
        assertThat(decoded.warning())
                .startsWith("not valid UTF-8; decoded as windows-1252")
                .containsPattern("detected with confidence \\d+%");
    }

    @Test
    void iso88591IsDetectedDecodedAndReported() throws Exception {
        String text = FRENCH.replace('’', '\'');
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(text).contains("président", "Élysée", "« c'est l'été »");
        assertThat(decoded.charset()).isEqualToIgnoringCase("ISO-8859-1");
        assertThat(decoded.warning()).startsWith("not valid UTF-8; decoded as iso-8859-1");
    }

    @Test
    void tabsLineBreaksAndAFormFeedAreStillText() throws Exception {
        String text = "Titre\tRubrique\r\nLe conseil municipal s’est réuni lundi.\f\r\nFin.\r\n";

        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = "Le Monde\u0000\u0000\u0000page 1".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessage("binary content, not text");
    }

    @Test
    void pngImageIsRefusedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0x01, 0x00, 0, 0, 0x00, (byte) 0xC8, 0x08, 0x06, 0, 0, 0};

        assertThatThrownBy(() -> TextDecoder.decode(png))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessage("binary content, not text");
    }

    @Test
    void manyControlCharactersWithoutNulMeanBinary() {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 20; i++) {
            bytes[i * 10] = 0x01; // 10% control characters, over the 5% threshold
        }

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessage("binary content, not text");
    }

    @Test
    void aFewControlCharactersAreTolerated() throws Exception {
        String text = ENGLISH + "\u0007"; // one BEL in ~170 bytes, under the 5% threshold

        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0]))
                .isInstanceOf(TextDecoder.NotTextException.class)
                .hasMessage("empty file");
    }

    @Test
    void bomOnlyDecodesToEmptyText() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decode(withUtf8Bom(new byte[0]));

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.warning()).isNull();
    }

    @Test
    void aDeclaredCharsetIsUsedWithoutWarningAndLatin1MeansWindows1252() throws TextDecoder.NotTextException {
        byte[] bytes = "L’équipe « rouge » a gagné".getBytes(Charset.forName("windows-1252"));

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "iso-8859-1");

        assertThat(decoded.text()).isEqualTo("L’équipe « rouge » a gagné");
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.warning()).isNull();
        assertThat(TextDecoder.decode(bytes, "no-such-charset").warning()).as("detected, as without a declaration")
                .startsWith("not valid UTF-8; decoded as");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytesAndReported() throws Exception {
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            TextDecoder.Decoded decoded = TextDecoder.decode(FRENCH.getBytes(utf16));

            assertThat(decoded.text()).isEqualTo(FRENCH);
            assertThat(decoded.warning()).isEqualTo("no byte-order mark; decoded as " + utf16.name());
        }
    }

    @Test
    void nulBytesThatAreNotUtf16AreStillBinary() {
        byte[] bytes = FRENCH.getBytes(StandardCharsets.UTF_16LE);
        // NULs at both parities: neither UTF-16 order reads it.
        Arrays.fill(bytes, 100, 140, (byte) 0);

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessage("binary content, not text");
    }
}
