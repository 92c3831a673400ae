package io.newstrace.core.provenance;

import io.newstrace.core.model.ProvenanceEdge;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.ReuseKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The provenance graph of a corpus: cited outlets → articles, earlier → later articles that share passages or
 * statements (attributed or not), the same summed up outlet to outlet, and the origin of each statement.
 */
public final class ProvenanceGraph {
    private ProvenanceGraph() {
    }

    /** Outlet-to-outlet weight: how many article edges join the two, and how many of them are attributed. */
    public record OutletLink(String from, String to, int weight, int attributed, int unattributed,
                             Map<String, Integer> bases) {
    }

    /** One quote of a statement: the article and the quote's span in its raw text. */
    public record QuoteRef(String article, int start, int end) {
    }

    /**
     * A statement reported by several articles (quotes matched across them). {@code origin} is the earliest
     * article carrying it, null when dates cannot tell; {@code citedOutlets} are the outlets those articles cite.
     */
    public record Statement(String id, String origin, String originEvidence, List<QuoteRef> quotes,
                            List<String> articles, List<String> citedOutlets) {
    }

    public record Result(List<ProvenanceEdge> edges, List<OutletLink> outletLinks, List<Statement> statements) {
    }

    private static final Comparator<Reuse> PAIR_ORDER = Comparator.comparing(Reuse::a).thenComparing(Reuse::b)
            .thenComparing(Reuse::kind);

    public static Result build(List<ProvenanceArticle> articles, List<Reuse> reuse) {
        Map<String, ProvenanceArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        List<ProvenanceEdge> edges = new ArrayList<>();
        for (ProvenanceArticle article : articles) {
            article.citedOutlets().forEach((outlet, evidence) -> {
                if (!outlet.equals(article.outlet())) {
                    edges.add(new ProvenanceEdge("outlet:" + outlet, article.id(), "citation", true, true, evidence));
                }
            });
        }
        // Records of one pair and kind are adjacent once sorted (already so in the pipeline's order); the edges are
        // sorted below, so the order of the runs does not matter.
        List<Reuse> byPair = new ArrayList<>(reuse);
        byPair.sort(PAIR_ORDER);
        Map<Double, String> scoreTexts = new HashMap<>();
        for (int start = 0, end; start < byPair.size(); start = end) {
            Reuse first = byPair.get(start);
            end = start + 1;
            while (end < byPair.size() && PAIR_ORDER.compare(first, byPair.get(end)) == 0) {
                end++;
            }
            edges.add(relay(byId.get(first.a()), byId.get(first.b()), byPair.subList(start, end), scoreTexts));
        }
        edges.sort(Comparator.comparing(ProvenanceEdge::from).thenComparing(ProvenanceEdge::to)
                .thenComparing(ProvenanceEdge::basis));
        return new Result(edges, outletLinks(edges, byId), statements(reuse, byId));
    }

    /**
     * The edge between two articles sharing text: from the earlier one, attributed if the later names or links it
     * (either way round when the dates cannot tell which came first).
     */
    private static ProvenanceEdge relay(ProvenanceArticle a, ProvenanceArticle b, List<Reuse> shared,
                                        Map<Double, String> scoreTexts) {
        int order = compareDates(a.published(), b.published());
        ProvenanceArticle earlier = order > 0 ? b : a;
        ProvenanceArticle later = order > 0 ? a : b;
        ReuseKind kind = shared.get(0).kind();
        int characters = shared.stream().mapToInt(r -> (order > 0 ? r.aSpan() : r.bSpan()).length()).sum();
        double best = shared.stream().mapToDouble(Reuse::score).max().orElse(0);
        // One Formatter call per distinct score rather than per edge: edges run into millions, scores are few.
        String bestText = scoreTexts.computeIfAbsent(best, score -> String.format(Locale.ROOT, "%.3f", score));
        StringBuilder evidence = new StringBuilder().append(shared.size())
                .append(kind == ReuseKind.QUOTE ? " statement" : " passage").append(shared.size() == 1 ? "" : "s")
                .append(" (").append(characters).append(" characters in the later article, best score ")
                .append(bestText).append(')');
        if (order == 0) {
            evidence.append("; dates do not tell which came first");
        }
        String attribution = attribution(earlier, later);
        if (attribution == null && order == 0) {
            attribution = attribution(later, earlier);
        }
        evidence.append("; ").append(attribution != null ? attribution : order == 0
                ? "neither article names or links the other's outlet" : earlier.outletNode() == null
                ? "the earlier article's outlet is unknown" : "the later article neither names nor links "
                + earlier.outletNode());
        return new ProvenanceEdge(earlier.id(), later.id(), kind == ReuseKind.QUOTE ? "quote" : "reuse",
                attribution != null, order != 0, evidence.toString());
    }

    /** How the later article credits the earlier one's outlet, or null when it does not. */
    private static String attribution(ProvenanceArticle earlier, ProvenanceArticle later) {
        if (earlier.outlet() != null && later.citedOutlets().containsKey(earlier.outlet())) {
            return "names outlet:" + earlier.outlet() + " (" + later.citedOutlets().get(earlier.outlet()) + ")";
        }
        if (earlier.domain() != null && later.linkedHosts().contains(earlier.domain())) {
            return "links " + earlier.domain();
        }
        return null;
    }

    /**
     * Negative when {@code a} was published before {@code b}, positive after, zero when the dates cannot tell
     * (missing, or the same day without times on both).
     */
    static int compareDates(String a, String b) {
        if (a == null || b == null || a.length() < 10 || b.length() < 10) {
            return 0;
        }
        int byDay = a.substring(0, 10).compareTo(b.substring(0, 10));
        if (byDay != 0 || a.length() <= 10 || b.length() <= 10) {
            return Integer.signum(byDay);
        }
        return Integer.signum(a.compareTo(b));
    }

    private static List<OutletLink> outletLinks(List<ProvenanceEdge> edges, Map<String, ProvenanceArticle> byId) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> bases = new HashMap<>();
        for (ProvenanceEdge edge : edges) {
            String from = edge.from().startsWith("outlet:") ? edge.from() : byId.get(edge.from()).outletNode();
            String to = byId.get(edge.to()).outletNode();
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            String key = from + "\t" + to;
            int[] count = counts.computeIfAbsent(key, k -> new int[2]);
            count[edge.attributed() ? 0 : 1]++;
            bases.computeIfAbsent(key, k -> new TreeMap<>()).merge(edge.basis(), 1, Integer::sum);
        }
        List<OutletLink> links = new ArrayList<>();
        counts.forEach((key, count) -> {
            String[] ends = key.split("\t");
            links.add(new OutletLink(ends[0], ends[1], count[0] + count[1], count[0], count[1], bases.get(key)));
        });
        return links;
    }

    /** Quotes matched across articles, grouped transitively into statements. */
    private static List<Statement> statements(List<Reuse> reuse, Map<String, ProvenanceArticle> byId) {
        Map<QuoteRef, QuoteRef> parent = new LinkedHashMap<>();
        for (Reuse shared : reuse) {
            if (shared.kind() == ReuseKind.QUOTE) {
                union(parent, new QuoteRef(shared.a(), shared.aSpan().start(), shared.aSpan().end()),
                        new QuoteRef(shared.b(), shared.bSpan().start(), shared.bSpan().end()));
            }
        }
        Map<QuoteRef, List<QuoteRef>> groups = new HashMap<>();
        for (QuoteRef quote : parent.keySet()) {
            groups.computeIfAbsent(root(parent, quote), k -> new ArrayList<>()).add(quote);
        }
        Comparator<QuoteRef> byPosition = Comparator.comparing(QuoteRef::article).thenComparingInt(QuoteRef::start)
                .thenComparingInt(QuoteRef::end);
        List<List<QuoteRef>> sorted = groups.values().stream().map(g -> g.stream().sorted(byPosition).toList())
                .sorted(Comparator.comparing(g -> g.get(0), byPosition)).toList();
        List<Statement> statements = new ArrayList<>();
        for (List<QuoteRef> quotes : sorted) {
            List<String> articles = quotes.stream().map(QuoteRef::article).distinct().toList();
            String origin = articles.get(0);
            boolean known = true;
            for (String article : articles.subList(1, articles.size())) {
                int order = compareDates(byId.get(article).published(), byId.get(origin).published());
                if (order < 0) {
                    origin = article;
                    known = true;
                } else if (order == 0) {
                    known = false;
                }
            }
            TreeSet<String> cited = new TreeSet<>();
            articles.forEach(article -> cited.addAll(byId.get(article).citedOutlets().keySet()));
            statements.add(new Statement("statement-" + (statements.size() + 1), known ? origin : null,
                    known ? "earliest published of " + articles.size() + " articles"
                            : "dates do not tell which of the " + articles.size() + " articles came first",
                    quotes, articles, List.copyOf(cited)));
        }
        return statements;
    }

    private static void union(Map<QuoteRef, QuoteRef> parent, QuoteRef x, QuoteRef y) {
        parent.putIfAbsent(x, x);
        parent.putIfAbsent(y, y);
        QuoteRef rootX = root(parent, x);
        QuoteRef rootY = root(parent, y);
        if (!rootX.equals(rootY)) {
            parent.put(rootY, rootX);
        }
    }

    /** The root of the quote's set, halving its path on the way (groups are the same, found in near-constant time). */
    private static QuoteRef root(Map<QuoteRef, QuoteRef> parent, QuoteRef quote) {
        QuoteRef current = quote;
        QuoteRef up = parent.get(current);
        while (!up.equals(current)) {
            QuoteRef grandparent = parent.get(up);
            parent.put(current, grandparent);
            current = grandparent;
            up = parent.get(current);
        }
        return current;
    }
}
