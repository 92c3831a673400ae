package io.newstrace.core.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class InputFormatTest {

    @ParameterizedTest
    @CsvSource({
            "article.txt, TEXT", "ARTICLE.TXT, TEXT", "dump.text, TEXT",
            "lot.jsonl, JSONL", "lot.NDJSON, JSONL",
            "page.html, HTML", "page.HTM, HTML", "page.xhtml, HTML",
            "archive.tar.txt, TEXT"})
    void recognisesExtensionsCaseInsensitively(String fileName, InputFormat expected) {
        assertThat(InputFormat.byExtension(fileName)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dump.json", "notes.md", "photo.jpg", "README", "txt", "page.html.bak", "lot.jsonl.gz"})
    void otherNamesHaveNoFormat(String fileName) {
        assertThat(InputFormat.byExtension(fileName)).isEmpty();
    }

    @Test
    void codesAreTheExportNames() {
        assertThat(InputFormat.TEXT.code()).isEqualTo("text");
        assertThat(InputFormat.JSONL.code()).isEqualTo("jsonl");
        assertThat(InputFormat.HTML.code()).isEqualTo("html");
    }

    static InputFormat sniff(String start) {
        return InputFormat.sniff(start.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sniffsJsonLinesHtmlAndText() {
        assertThat(sniff("{\"text\":\"Le président a déclaré…\"}\n")).isEqualTo(InputFormat.JSONL);
        assertThat(sniff("\n  {\"text\":\"indenté\"}")).isEqualTo(InputFormat.JSONL);
        assertThat(sniff("<!DOCTYPE html>\n<html lang=\"fr\">")).isEqualTo(InputFormat.HTML);
        assertThat(sniff("<HTML><BODY>")).isEqualTo(InputFormat.HTML);
        assertThat(sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"))
                .isEqualTo(InputFormat.HTML);
        assertThat(sniff("Le président a déclaré « c’est l’été ».")).isEqualTo(InputFormat.TEXT);
        assertThat(sniff("[{\"text\":\"un tableau JSON\"}]")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.sniff(new byte[0])).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void sniffSkipsAUtf8Bom() {
        assertThat(sniff("\uFEFF{\"text\":\"avec BOM\"}")).isEqualTo(InputFormat.JSONL);
        assertThat(sniff("\uFEFF<!doctype html><html>")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void sniffLooksOnlyAtTheFirst512Bytes() {
        assertThat(sniff(" ".repeat(600) + "{\"text\":\"loin\"}")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void sniffSkipsWhiteSpaceAfterABom() {
        assertThat(sniff("\uFEFF\r\n<!DOCTYPE html>\n<html>")).isEqualTo(InputFormat.HTML);
        assertThat(sniff("\uFEFF\n{\"text\":\"avec BOM\"}")).isEqualTo(InputFormat.JSONL);
    }
}
