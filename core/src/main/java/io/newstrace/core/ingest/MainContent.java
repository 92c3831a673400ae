package io.newstrace.core.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a page's main text is from its markup, as Readability does: page chrome (navigation, asides,
 * elements whose class or id says share, comments, related, ...) is set aside, every paragraph scores its parent
 * and grandparent by its length and commas, scores are discounted by the share of link text, and the best container
 * is kept with the siblings that score close to it. Nothing is dropped: the renderer marks what lies outside, and
 * the cleaner reports it as removed.
 */
final class MainContent {
    /** What the page's markup says: the containers of its main text, and the chrome found inside them. */
    record Layout(Set<Element> content, Set<Element> chrome) {
        static final Layout NONE = new Layout(Set.of(), Set.of());

        boolean found() {
            return !content.isEmpty();
        }
    }

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "dialog",
            "figcaption");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "dialog", "alertdialog", "menu", "menubar", "search");
    /** Readability's unlikely candidates, with the chrome news sites add (share bars, newsletters, promotions). */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|combx|"
            + "comment|community|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|"
            + "related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|promo|"
            + "subscribe|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|read-?more|sign-?up",
            Pattern.CASE_INSENSITIVE);
    /** Captions and photo credits, by the names sites give them when they do not use figcaption. */
    private static final Pattern CAPTION = Pattern.compile("caption|credit", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMEL_CASE = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern EMBED = Pattern.compile("embed", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED_QUOTE = Pattern.compile("tweet|instagram|tiktok|embed",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CONTENT = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|"
            + "post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|"
            + "com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
            + "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEVER_CHROME = Set.of("html", "body", "article", "main");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
    private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Paragraphs shorter than this do not vote for a container. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** A page whose best container holds less text than this has no main text the markup can tell. */
    private static final int MIN_CONTENT_CHARS = 140;
    private static final int ANCESTOR_LEVELS = 5;

    private final Set<String> invisible;
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    private final Set<Element> chrome = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private MainContent(Set<String> invisible) {
        this.invisible = invisible;
    }

    /** The layout of a page's body; {@link Layout#NONE} when no container stands out. */
    static Layout of(Element body, Set<String> invisible) {
        return new MainContent(invisible).find(body);
    }

    private Layout find(Element body) {
        measure(body, false);
        markChrome(body);
        scoreParagraphs(body);
        Element top = null;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double score = candidate.getValue() * (1 - linkDensity(candidate.getKey()));
            candidate.setValue(score);
            if (top == null || score > scores.get(top)) {
                top = candidate.getKey();
            }
        }
        Element declared = declaredArticleBody(body);
        if (declared != null) {
            top = declared;
        }
        if (top == null) {
            return Layout.NONE;
        }
        // A container that is its parent's only child says no more than its parent, which may hold the headline;
        // so does one beside only chrome and empty boxes (an article chunk beside its ad rail, whose sibling chunks
        // are the parent's siblings).
        while (top.parent() != null && top.parent() != body && onlyContentChild(top)) {
            top = top.parent();
        }
        Set<Element> content = Collections.newSetFromMap(new IdentityHashMap<>());
        content.add(top);
        content.addAll(siblingsToKeep(top));
        int contentChars = content.stream().mapToInt(this::textLength).sum();
        if (contentChars < MIN_CONTENT_CHARS) {
            return Layout.NONE;
        }
        return new Layout(content, chrome);
    }

    /**
     * The element the page declares to hold the article's body (schema.org {@code itemprop="articleBody"}), when
     * there is one and it holds text outside the chrome: the publisher's word is better than a score.
     */
    private Element declaredArticleBody(Element body) {
        List<Element> declared = body.select("[itemprop=articleBody]");
        if (declared.size() != 1 || textLength(declared.get(0)) < MIN_CONTENT_CHARS
                || declared.get(0).parents().stream().anyMatch(chrome::contains) || chrome.contains(declared.get(0))) {
            return null;
        }
        return declared.get(0);
    }

    private boolean onlyContentChild(Element element) {
        for (Element sibling : element.parent().children()) {
            if (sibling != element && !chrome.contains(sibling) && !hidden(sibling) && textLength(sibling) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Siblings that continue the article: containers that score near the best one, paragraphs of prose. */
    private List<Element> siblingsToKeep(Element top) {
        List<Element> kept = new ArrayList<>();
        if (top.parent() == null) {
            return kept;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : top.parent().children()) {
            if (sibling == top || chrome.contains(sibling)) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2
                    : 0;
            boolean keep = scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold;
            if (!keep && sibling.normalName().equals("p")) {
                int length = textLength(sibling);
                double links = linkDensity(sibling);
                String text = sibling.text();
                keep = length > 80 && links < 0.25
                        || length > 0 && links == 0 && Pattern.compile("\\.( |$)").matcher(text).find();
            }
            if (keep) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    /** Text and link-text lengths of every visible element, in one pass. */
    private int[] measure(Element element, boolean inLink) {
        int text = 0;
        int links = 0;
        boolean link = inLink || element.normalName().equals("a");
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                int length = textNode.text().strip().length();
                text += length;
                links += link ? length : 0;
            } else if (child instanceof Element childElement && !hidden(childElement)) {
                int[] measured = measure(childElement, link);
                text += measured[0];
                links += measured[1];
            }
        }
        int[] measured = {text, links};
        lengths.put(element, measured);
        return measured;
    }

    private boolean hidden(Element element) {
        return invisible.contains(element.normalName()) || HtmlText.isHidden(element);
    }

    private int textLength(Element element) {
        return lengths.getOrDefault(element, new int[2])[0];
    }

    private double linkDensity(Element element) {
        int[] measured = lengths.getOrDefault(element, new int[2]);
        return measured[0] == 0 ? 0 : (double) measured[1] / measured[0];
    }

    private void markChrome(Element element) {
        for (Element child : element.children()) {
            if (isChrome(child)) {
                chrome.add(child);
            } else {
                markChrome(child);
            }
        }
    }

    private static boolean isChrome(Element element) {
        String tag = element.normalName();
        if (NEVER_CHROME.contains(tag)) {
            return false;
        }
        if (CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(element.attr("role").toLowerCase())) {
            return true;
        }
        // "pageRow" is a page row, not a pager: the words of a camel-case name are parted before matching.
        String names = CAMEL_CASE.matcher(element.className() + " " + element.id()).replaceAll("$1-$2");
        if (CAPTION.matcher(names).find()) {
            return true;
        }
        return UNLIKELY.matcher(names).find() && !MAYBE_CONTENT.matcher(names).find() && !isEmbed(element, names);
    }

    /**
     * A post embedded in the article (a tweet, an Instagram post), whose wrapper's class often says social: what it
     * quotes is part of the story.
     */
    private static boolean isEmbed(Element element, String names) {
        return EMBED.matcher(names).find() || element.getElementsByTag("blockquote").stream()
                .anyMatch(quote -> EMBED_QUOTE.matcher(quote.className()).find());
    }

    /** Every paragraph outside the chrome adds its score to its ancestors, less the further up they are. */
    private void scoreParagraphs(Element element) {
        for (Element child : element.children()) {
            if (chrome.contains(child) || hidden(child)) {
                continue;
            }
            if (isParagraph(child) && textLength(child) >= MIN_PARAGRAPH_CHARS) {
                String text = child.text();
                double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
                Element ancestor = child.parent();
                for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null
                        && !ancestor.normalName().equals("html"); level++) {
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.put(ancestor, scores.getOrDefault(ancestor, initialScore(ancestor)) + score / divider);
                    ancestor = ancestor.parent();
                }
            }
            scoreParagraphs(child);
        }
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        // A div of text and inline markup only is a paragraph by another name.
        return tag.equals("div") && element.children().stream().noneMatch(c -> BLOCK_CHILDREN.contains(c.normalName()));
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                commas++;
            }
        }
        return commas;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
