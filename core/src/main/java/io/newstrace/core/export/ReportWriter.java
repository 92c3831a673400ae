package io.newstrace.core.export;

import io.newstrace.core.model.Entity;
import io.newstrace.core.model.EntityType;
import io.newstrace.core.model.ProvenanceEdge;
import io.newstrace.core.model.Story;
import io.newstrace.core.provenance.ProvenanceArticle;
import io.newstrace.core.provenance.ProvenanceGraph;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.registry.RegistryOutlet;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.html}: a self-contained page summing up a run — counts, the largest stories, outlets, who is quoted most, who cites
 * whom, relays without attribution, statements carried by several articles, and the outlet graph as inline SVG.
 * No script and no outside resource; every text from the articles is escaped (pages are written by strangers).
 */
public final class ReportWriter {
    private static final int TOP = 15;
    private static final int GRAPH_OUTLETS = 30;

    private ReportWriter() {
    }

    /** A quote as the report shows it: who (entity id and name, or nulls) said what, in which article. */
    public record QuoteLine(String article, int start, String speaker, String entity, String text) {
    }

    /** What the report is made of. {@code counts} are shown in order, as given. */
    public record Contents(Map<String, Long> counts, List<String> inputs, List<ProvenanceArticle> articles,
                           List<Entity> entities, List<QuoteLine> quotes, List<Story> stories,
                           ProvenanceGraph.Result graph, OutletRegistry registry) {
    }

    public static void write(Writer out, Contents report) throws IOException {
        StringBuilder html = new StringBuilder(1 << 16);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Newstrace report</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Newstrace report</h1>\n<p class=\"muted\">Inputs: ")
                .append(escape(String.join(", ", report.inputs()))).append("</p>\n");
        html.append("<div class=\"counts\">");
        report.counts().forEach((name, value) -> html.append("<div><b>").append(value).append("</b>")
                .append(escape(name)).append("</div>"));
        html.append("</div>\n");
        stories(html, report);
        outlets(html, report);
        speakers(html, report);
        relays(html, report);
        statements(html, report);
        graph(html, report);
        html.append("</body></html>\n");
        out.write(html.toString());
    }

    private static void stories(StringBuilder html, Contents report) {
        html.append("<h2>Largest stories</h2>\n<table><tr><th>story</th><th>articles</th><th>first seen</th>")
                .append("<th>last seen</th></tr>\n");
        report.stories().stream()
                .sorted(Comparator.comparing((Story story) -> -story.articles().size()).thenComparing(Story::id))
                .limit(TOP)
                .forEach(story -> html.append("<tr><td>").append(escape(story.label())).append("</td><td>")
                        .append(story.articles().size()).append("</td><td>")
                        .append(story.firstSeen() == null ? "?" : story.firstSeen()).append("</td><td>")
                        .append(story.lastSeen() == null ? "?" : story.lastSeen()).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static void outlets(StringBuilder html, Contents report) {
        Map<String, Integer> published = new TreeMap<>();
        report.articles().forEach(a -> published.merge(a.outletNode() == null ? "unknown" : a.outletNode(), 1,
                Integer::sum));
        Map<String, Integer> cited = new TreeMap<>();
        report.graph().edges().stream().filter(e -> e.basis().equals("citation"))
                .forEach(e -> cited.merge(e.from(), 1, Integer::sum));
        html.append("<h2>Outlets</h2>\n<table><tr><th>outlet</th><th>articles</th><th>cited by</th>")
                .append("<th>state-affiliated</th><th>owner</th></tr>\n");
        List<String> nodes = new ArrayList<>(published.keySet());
        cited.keySet().stream().filter(node -> !published.containsKey(node)).forEach(nodes::add);
        nodes.sort(Comparator.comparing((String node) -> -(published.getOrDefault(node, 0) + cited.getOrDefault(node,
                0))).thenComparing(node -> node));
        for (String node : nodes.subList(0, Math.min(nodes.size(), 2 * TOP))) {
            RegistryOutlet outlet = registered(report.registry(), node);
            boolean state = outlet != null && report.registry().stateAffiliated(outlet);
            html.append("<tr").append(state ? " class=\"state\"" : "").append("><td>")
                    .append(escape(outlet != null ? outlet.name() : label(node))).append("</td><td>")
                    .append(published.getOrDefault(node, 0)).append("</td><td>").append(cited.getOrDefault(node, 0))
                    .append("</td><td>").append(state ? "yes" : outlet == null ? "?" : "no").append("</td><td>")
                    .append(escape(outlet == null || outlet.owner() == null ? "" : outlet.owner()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void speakers(StringBuilder html, Contents report) {
        Map<String, String> names = new HashMap<>();
        report.entities().stream().filter(e -> e.type() == EntityType.PER).forEach(e -> names.put(e.id(), e.name()));
        Map<String, List<QuoteLine>> bySpeaker = new LinkedHashMap<>();
        for (QuoteLine quote : report.quotes()) {
            if (quote.entity() != null && names.containsKey(quote.entity())) {
                bySpeaker.computeIfAbsent(quote.entity(), k -> new ArrayList<>()).add(quote);
            }
        }
        html.append("<h2>Most quoted people</h2>\n<table><tr><th>person</th><th>quotes</th><th>articles</th>")
                .append("<th>for example</th></tr>\n");
        bySpeaker.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<QuoteLine>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> html.append("<tr><td>").append(escape(names.get(e.getKey()))).append("</td><td>")
                        .append(e.getValue().size()).append("</td><td>")
                        .append(e.getValue().stream().map(QuoteLine::article).distinct().count())
                        .append("</td><td class=\"quote\">« ").append(escape(shorten(e.getValue().get(0).text())))
                        .append(" »</td></tr>\n"));
        html.append("</table>\n");
    }

    private static void relays(StringBuilder html, Contents report) {
        List<ProvenanceEdge> relays = report.graph().edges().stream()
                .filter(e -> !e.basis().equals("citation")).toList();
        long unattributed = relays.stream().filter(e -> !e.attributed()).count();
        html.append("<h2>Relays</h2>\n<p>").append(relays.size()).append(" article-to-article relays (shared ")
                .append("passages or statements), ").append(unattributed).append(" of them without attribution.</p>\n")
                .append("<table><tr><th>from</th><th>to</th><th>basis</th><th>attributed</th><th>evidence</th></tr>\n");
        Map<String, ProvenanceArticle> byId = new HashMap<>();
        report.articles().forEach(a -> byId.put(a.id(), a));
        relays.stream().sorted(Comparator.comparing(ProvenanceEdge::attributed).thenComparing(ProvenanceEdge::from))
                .limit(2 * TOP)
                .forEach(e -> html.append("<tr").append(e.attributed() ? "" : " class=\"state\"").append("><td>")
                        .append(escape(articleLabel(byId.get(e.from())))).append("</td><td>")
                        .append(escape(articleLabel(byId.get(e.to())))).append("</td><td>").append(e.basis())
                        .append("</td><td>").append(e.attributed() ? "yes" : "no").append("</td><td>")
                        .append(escape(e.evidence())).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static void statements(StringBuilder html, Contents report) {
        html.append("<h2>Statements carried by several articles</h2>\n<table><tr><th>statement</th>")
                .append("<th>speaker</th><th>articles</th><th>origin</th><th>outlets cited</th></tr>\n");
        Map<String, QuoteLine> quotesByPlace = new HashMap<>();
        report.quotes().forEach(quote -> quotesByPlace.put(quote.article() + ":" + quote.start(), quote));
        report.graph().statements().stream().limit(TOP).forEach(statement -> {
            QuoteLine first = quotesByPlace.get(statement.quotes().get(0).article() + ":"
                    + statement.quotes().get(0).start());
            html.append("<tr><td class=\"quote\">« ").append(escape(first == null ? statement.id()
                            : shorten(first.text()))).append(" »</td><td>")
                    .append(escape(first == null || first.speaker() == null ? "?" : first.speaker()))
                    .append("</td><td>").append(statement.articles().size())
                    .append("</td><td>").append(escape(statement.origin() == null ? statement.originEvidence()
                            : statement.origin())).append("</td><td>")
                    .append(escape(String.join(", ", statement.citedOutlets()))).append("</td></tr>\n");
        });
        html.append("</table>\n");
    }

    /**
     * The outlet graph: the busiest outlets on a circle, citations and relays between them as arrows, state-
     * affiliated outlets in red, unattributed relays dashed.
     */
    private static void graph(StringBuilder html, Contents report) {
        Map<String, Integer> degree = new HashMap<>();
        report.graph().outletLinks().forEach(link -> {
            degree.merge(link.from(), link.weight(), Integer::sum);
            degree.merge(link.to(), link.weight(), Integer::sum);
        });
        List<String> nodes = degree.keySet().stream()
                .sorted(Comparator.comparing((String n) -> -degree.get(n)).thenComparing(n -> n))
                .limit(GRAPH_OUTLETS).toList();
        html.append("<h2>Outlet graph</h2>\n");
        if (nodes.isEmpty()) {
            html.append("<p class=\"muted\">No links between outlets in this corpus.</p>\n");
            return;
        }
        int size = 640;
        double radius = 230;
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i), new double[] {size / 2.0 + radius * Math.cos(angle),
                    size / 2.0 + radius * Math.sin(angle)});
        }
        html.append("<svg width=\"").append(size).append("\" height=\"")
                .append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size).append("\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\" markerWidth=\"6\" ")
                .append("markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#666\"/></marker></defs>\n");
        for (ProvenanceGraph.OutletLink link : report.graph().outletLinks()) {
            double[] from = at.get(link.from());
            double[] to = at.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                            + "stroke=\"#666\" stroke-width=\"%.1f\"%s marker-end=\"url(#arrow)\"><title>%s</title></line>%n",
                    from[0], from[1], to[0], to[1], Math.min(6, 1 + Math.log(link.weight())),
                    link.unattributed() > 0 ? " stroke-dasharray=\"5,4\"" : "",
                    escape(label(link.from()) + " → " + label(link.to()) + ": " + link.attributed() + " attributed, "
                            + link.unattributed() + " unattributed " + link.bases())));
        }
        for (String node : nodes) {
            double[] p = at.get(node);
            RegistryOutlet outlet = registered(report.registry(), node);
            boolean state = outlet != null && report.registry().stateAffiliated(outlet);
            html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n",
                    p[0], p[1], state ? "#c0392b" : "#2c7fb8", p[0], p[1] - 12,
                    escape(outlet != null ? outlet.name() : label(node))));
        }
        html.append("</svg>\n<p class=\"muted\">Red: state-affiliated outlets (registry). Dashed: links with at ")
                .append("least one unattributed relay. Arrows go from the source to the relay.</p>\n");
    }

    private static RegistryOutlet registered(OutletRegistry registry, String node) {
        return node.startsWith("outlet:") ? registry.byId(node.substring("outlet:".length())).orElse(null) : null;
    }

    private static String label(String node) {
        return node.substring(node.indexOf(':') + 1);
    }

    private static String articleLabel(ProvenanceArticle article) {
        if (article == null) {
            return "";
        }
        String where = article.outletNode() == null ? "" : " (" + label(article.outletNode()) + ")";
        return shorten(article.title() != null ? article.title() : article.id()) + where;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 137) + "…";
    }

    /** HTML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;"
            + "padding:0 1em;color:#222}h1{margin-bottom:0}.muted{color:#777}table{border-collapse:collapse;"
            + "width:100%;margin:.5em 0 1.5em}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;"
            + "vertical-align:top;font-size:.92em}tr.state td:first-child{color:#c0392b;font-weight:600}"
            + ".counts{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}.counts div{background:#f3f5f8;"
            + "padding:.5em .8em;border-radius:6px}.counts b{display:block;font-size:1.4em}.quote{font-style:italic}";
}
