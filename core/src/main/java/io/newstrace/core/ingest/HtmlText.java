package io.newstrace.core.ingest;

import io.newstrace.core.model.DocumentHints;
import io.newstrace.core.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an HTML page as a text dump, the same shape as the plain-text inputs: visible text only, one block
 * element per paragraph, blank lines between blocks. Page metadata from {@code <title>} and common meta tags
 * becomes {@link DocumentHints}. The rendered text is the document's {@code raw}: offsets point into it. All visible
 * text is rendered; what the markup shows to lie outside the main text ({@link MainContent}) is marked, for the
 * cleaner to report as removed.
 */
public final class HtmlText {
    /**
     * The rendered text, the metadata read from the head, and the parts of the text outside the page's main text
     * (empty when the markup does not tell), and whether elements nested past the depth limit were flattened.
     */
    public record Rendered(String text, DocumentHints hints, List<Span> outsideMainText, boolean flattened) {
        public Rendered {
            outsideMainText = List.copyOf(outsideMainText);
        }
    }

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "head", "canvas", "select", "option", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
            "td", "th", "blockquote", "figure", "figcaption", "pre", "address", "form", "fieldset", "hr", "summary",
            "details");

    private static final Pattern HIDING_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    /** Paragraphs made only of links, in a row, that make a list of links rather than part of the text. */
    private static final int MIN_LINK_LIST = 3;

    /** {@code <meta charset="x">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    /** Browsers look for the meta charset in the first 1024 bytes only. */
    private static final int META_CHARSET_BYTES = 1024;

    private HtmlText() {
    }

    /**
     * The mark a browser draws at an edge of a {@code <q>} element, whose text holds none: guillemets in French
     * (single ones inside a quotation), curly quotation marks in other languages, by the nearest {@code lang}.
     */
    private static String quotationMark(Element quotation, int depth, boolean opening) {
        Element scope = quotation;
        while (scope != null && !scope.hasAttr("lang")) {
            scope = scope.parent();
        }
        boolean french = scope != null && scope.attr("lang").toLowerCase(Locale.ROOT).startsWith("fr");
        String marks = french ? (depth == 0 ? "«»" : "‹›") : (depth == 0 ? "“”" : "‘’");
        return String.valueOf(marks.charAt(opening ? 0 : 1));
    }

    /** The charset a page's bytes declare in a meta tag, or null. */
    public static String metaCharset(byte[] page) {
        String start = new String(page, 0, Math.min(page.length, META_CHARSET_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(start);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static Rendered render(String html) {
        return render(html, InputLimits.DEFAULT_MAX_HTML_DEPTH);
    }

    /**
     * Renders a page whose elements nested deeper than {@code maxDepth} are attached at that depth by jsoup: the text
     * is all there, and the tree walks here and in {@link MainContent} stay shallow.
     */
    public static Rendered render(String html, int maxDepth) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(maxDepth));
        DocumentHints hints = new DocumentHints(
                firstOf(meta(page, "og:title"), page.title()),
                firstOf(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url")),
                firstOf(meta(page, "article:published_time"), meta(page, "date"), meta(page, "pubdate"),
                        meta(page, "dc.date"), attr(page, "time[datetime]", "datetime")),
                meta(page, "og:site_name"),
                meta(page, "author"),
                attr(page, "html[lang]", "lang"));
        MainContent.Layout layout = MainContent.of(page.body(), INVISIBLE);
        Set<Element> rowCells = rowCells(page.body());
        Set<Element> linkBlocks = linkOnlyBlocks(page.body());
        List<Span> mainText = new ArrayList<>();
        List<Element> mainTextLinks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> outside = new ArrayList<>();
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            private int hiddenDepth;
            private int quoteDepth;
            private int contentDepth;
            private int chromeDepth;
            private final Deque<Element> linkBlockStack = new ArrayDeque<>();

            @Override
            public void head(Node node, int depth) {
                deepest[0] = Math.max(deepest[0], depth);
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (hiddenDepth > 0 || INVISIBLE.contains(tag) || isHidden(element)) {
                        hiddenDepth++;
                        return;
                    }
                    if (tag.equals("q")) {
                        text.append(quotationMark(element, quoteDepth++, true));
                    } else if (tag.equals("br")) {
                        newline(text, 1);
                    } else if (rowCells.contains(element)) {
                        cellBreak(text);
                    } else if (BLOCKS.contains(tag)) {
                        newline(text, 2);
                    }
                    contentDepth += layout.content().contains(element) ? 1 : 0;
                    chromeDepth += layout.chrome().contains(element) ? 1 : 0;
                    if (linkBlocks.contains(element)) {
                        linkBlockStack.push(element);
                    }
                } else if (node instanceof TextNode textNode && hiddenDepth == 0) {
                    int start = text.length();
                    appendCollapsed(text, textNode.getWholeText());
                    if (layout.found() && (contentDepth == 0 || chromeDepth > 0) && text.length() > start) {
                        mark(outside, text, start, text.length());
                    } else if (layout.found() && text.length() > start
                            && !text.substring(start).isBlank()) {
                        mainText.add(new Span(start, text.length()));
                        mainTextLinks.add(linkBlockStack.peek());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (hiddenDepth > 0) {
                        hiddenDepth--;
                        return;
                    }
                    if (element.normalName().equals("q")) {
                        text.append(quotationMark(element, --quoteDepth, false));
                    } else if (rowCells.contains(element)) {
                        cellBreak(text);
                    } else if (BLOCKS.contains(element.normalName())) {
                        newline(text, 2);
                    }
                    contentDepth -= layout.content().contains(element) ? 1 : 0;
                    chromeDepth -= layout.chrome().contains(element) ? 1 : 0;
                    if (linkBlocks.contains(element)) {
                        linkBlockStack.pop();
                    }
                }
            }
        }, page.body());
        markLinkLists(mainText, mainTextLinks, text, outside);
        String rendered = text.toString();
        int leading = rendered.length() - rendered.stripLeading().length();
        String stripped = rendered.strip();
        List<Span> shifted = new ArrayList<>();
        for (Span span : DeclaredBody.lessDeclaredLines(outside, rendered, page)) {
            int start = Math.min(Math.max(0, span.start() - leading), stripped.length());
            int end = Math.min(Math.max(0, span.end() - leading), stripped.length());
            if (end > start) {
                shifted.add(new Span(start, end));
            }
        }
        // A node at the depth limit is where jsoup put what was nested deeper; depths above count from the body.
        return new Rendered(stripped + "\n", hints, shifted, depthOf(page.body()) + deepest[0] >= maxDepth - 1);
    }

    /**
     * Marks outside the main text the paragraphs made only of links that close it (related headlines, tags,
     * previous and next story: an article does not end on a link), and the runs of {@value #MIN_LINK_LIST} or
     * more such paragraphs within it (a list of related headlines between two parts of the text).
     *
     * @param linkBlocks for each span of the main text, the paragraph made only of links it lies in, or null
     */
    private static void markLinkLists(List<Span> mainText, List<Element> linkBlocks, StringBuilder text,
                                      List<Span> outside) {
        int runStart = 0;
        for (int i = 0; i <= mainText.size(); i++) {
            if (i < mainText.size() && linkBlocks.get(i) != null) {
                continue;
            }
            long paragraphs = linkBlocks.subList(runStart, i).stream().distinct().count();
            boolean closing = i == mainText.size() && runStart > 0;
            boolean list = i > runStart && (closing || paragraphs >= MIN_LINK_LIST);
            for (int k = runStart; k < i; k++) {
                if (list || isTeaser(linkBlocks.get(k))) {
                    mark(outside, text, mainText.get(k).start(), mainText.get(k).end());
                }
            }
            runStart = i + 1;
        }
        outside.sort(java.util.Comparator.comparingInt(Span::start));
    }

    /**
     * A paragraph that is one link to a headline, standing alone in the text: a promoted story. An item of a list
     * or table, or a bare address the author cites, is part of the text.
     */
    private static boolean isTeaser(Element linkBlock) {
        return linkBlock.closest("li, dd, dt, td") == null && linkBlock.text().strip().contains(" ");
    }

    /**
     * Hidden by its attributes, as Readability's visibility test reads them: {@code hidden},
     * {@code aria-hidden="true"}, or an inline style that hides it.
     */
    static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || HIDING_STYLE.matcher(element.attr("style")).find();
    }

    /** How many ancestors the node has, the document itself included. */
    private static int depthOf(Node node) {
        int depth = 0;
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            depth++;
        }
        return depth;
    }

    /**
     * The cells of the table rows that hold data, not layout: rows of two cells or more, none of which holds a
     * block. Such a row renders as one line, its cells parted by spaces, as a reader reads it (and as the
     * benchmark's truth writes it), instead of one short line per cell.
     */
    private static Set<Element> rowCells(Element body) {
        Set<Element> cells = new HashSet<>();
        for (Element row : body.getElementsByTag("tr")) {
            List<Element> rowCells = row.children().stream()
                    .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
            boolean data = rowCells.size() >= 2 && rowCells.stream().allMatch(cell -> cell.getAllElements().stream()
                    .skip(1).noneMatch(inner -> BLOCKS.contains(inner.normalName())));
            if (data) {
                cells.addAll(rowCells);
            }
        }
        return cells;
    }

    /** Blocks whose visible text is all link text: a paragraph, item or heading holding a link and nothing else. */
    private static Set<Element> linkOnlyBlocks(Element body) {
        Set<Element> blocks = new HashSet<>();
        for (Element link : body.getElementsByTag("a")) {
            Element block = link.parent();
            while (block != null && !BLOCKS.contains(block.normalName())) {
                block = block.parent();
            }
            if (block != null && !blocks.contains(block) && !block.text().isBlank()) {
                int linkText = block.getElementsByTag("a").stream().mapToInt(a -> a.text().length()).sum();
                if (linkText >= block.text().length()) {
                    blocks.add(block);
                }
            }
        }
        return blocks;
    }

    /** Parts two cells of a row: a space, unless the line is empty or already ends with one. */
    private static void cellBreak(StringBuilder text) {
        if (!text.isEmpty() && !isSpaceOrNewline(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
    }

    /** Adds [start, end) to the marked text, joined to the previous span when only white space parts them. */
    private static void mark(List<Span> spans, StringBuilder text, int start, int end) {
        if (!spans.isEmpty()) {
            Span last = spans.get(spans.size() - 1);
            if (last.end() <= start && text.substring(last.end(), start).isBlank()) {
                spans.set(spans.size() - 1, new Span(last.start(), end));
                return;
            }
        }
        spans.add(new Span(start, end));
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
