package io.newstrace.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstrace.core.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's text as the page declares it in its JSON-LD ({@code articleBody} of schema.org): a paragraph the
 * markup sets outside the main text (a lead in a box of its own) is still the article's when the publisher's own
 * copy of the text holds it. The declared text is often cut short, so it only ever adds to the main text.
 */
final class DeclaredBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shorter lines (a name, a label) are found in any long text. */
    private static final int MIN_LINE_CHARS = 40;

    private DeclaredBody() {
    }

    /** The declared article text, white space collapsed, or an empty string. */
    private static String of(Element page) {
        StringBuilder declared = new StringBuilder();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                for (JsonNode text : JSON.readTree(script.data()).findValues("articleBody")) {
                    if (text.isTextual()) {
                        declared.append(Jsoup.parse(text.asText()).text()).append(' ');
                    }
                }
            } catch (JsonProcessingException e) {
                // A malformed block declares nothing.
            }
        }
        return collapse(declared);
    }

    /** The spans outside the main text, less the lines of the rendered text that the page's declared text holds. */
    static List<Span> lessDeclaredLines(List<Span> outside, CharSequence text, Element page) {
        String declared = outside.isEmpty() ? "" : of(page);
        if (declared.isEmpty()) {
            return outside;
        }
        List<Span> kept = outside;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            String line = collapse(text.subSequence(lineStart, i));
            if (line.length() >= MIN_LINE_CHARS && declared.contains(line)) {
                kept = without(kept, lineStart, i);
            }
            lineStart = i + 1;
        }
        return kept;
    }

    private static List<Span> without(List<Span> spans, int start, int end) {
        List<Span> rest = new ArrayList<>();
        for (Span span : spans) {
            if (span.end() <= start || span.start() >= end) {
                rest.add(span);
                continue;
            }
            if (span.start() < start) {
                rest.add(new Span(span.start(), start));
            }
            if (span.end() > end) {
                rest.add(new Span(end, span.end()));
            }
        }
        return rest;
    }

    private static String collapse(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
