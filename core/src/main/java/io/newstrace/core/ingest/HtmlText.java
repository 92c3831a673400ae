package io.newstrace.core.ingest;

import io.newstrace.core.model.DocumentHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an HTML page as a text dump, the same shape as the plain-text inputs: visible text only, one block
 * element per paragraph, blank lines between blocks. Page metadata from {@code <title>} and common meta tags
 * becomes {@link DocumentHints}. The rendered text is the document's {@code raw}: offsets point into it.
 */
public final class HtmlText {
    /** The rendered text and the metadata read from the head. */
    public record Rendered(String text, DocumentHints hints) {
    }

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head", "canvas", "select", "option", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "td", "th", "blockquote", "figure", "figcaption", "pre", "address", "form", "fieldset", "hr", "summary",
            "details");

    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta charset in the first 1024 bytes only. */
    private static final int META_CHARSET_BYTES = 1024;

    private HtmlText() {
    }

    /** The charset a page's bytes declare in a meta tag, or null. */
    public static String metaCharset(byte[] page) {
        String start = new String(page, 0, Math.min(page.length, META_CHARSET_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(start);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static Rendered render(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        DocumentHints hints = new DocumentHints(
                firstOf(meta(page, "og:title"), page.title()),
                firstOf(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url")),
                firstOf(meta(page, "article:published_time"), meta(page, "date"), meta(page, "pubdate"),
                        meta(page, "dc.date"), attr(page, "time[datetime]", "datetime")),
                meta(page, "og:site_name"),
                meta(page, "author"),
                attr(page, "html[lang]", "lang"));
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int hiddenDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (hiddenDepth > 0 || INVISIBLE.contains(tag) || element.hasAttr("hidden")) {
                        hiddenDepth++;
                    } else if (tag.equals("br")) {
                        newline(text, 1);
                    } else if (BLOCKS.contains(tag)) {
                        newline(text, 2);
                    }
                } else if (node instanceof TextNode textNode && hiddenDepth == 0) {
                    appendCollapsed(text, textNode.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (hiddenDepth > 0) {
                        hiddenDepth--;
                    } else if (BLOCKS.contains(element.normalName())) {
                        newline(text, 2);
                    }
                }
            }
        }, page.body());
        return new Rendered(text.toString().strip() + "\n", hints);
    }

    private static void appendCollapsed(StringBuilder text, String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
            if (space) {
                if (!text.isEmpty() && !isSpaceOrNewline(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    private static boolean isSpaceOrNewline(char c) {
        return c == ' ' || c == '\n';
    }

    /** Ends the current line, leaving at most {@code count} line breaks in a row and no trailing space. */
    private static void newline(StringBuilder text, int count) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.isEmpty()) {
            return;
        }
        int existing = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n'; i--) {
            existing++;
        }
        for (int i = existing; i < count; i++) {
            text.append('\n');
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Element element = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return element == null ? null : blankToNull(element.attr("content"));
    }

    private static String attr(org.jsoup.nodes.Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            String v = blankToNull(value);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
