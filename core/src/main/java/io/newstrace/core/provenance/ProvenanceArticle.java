package io.newstrace.core.provenance;

import java.io.Serializable;

import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.Article;
import io.newstrace.core.model.CitedSource;
import io.newstrace.core.model.Outlet;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the provenance graph needs of one article: when and where it was published, the outlets it cites (registry
 * id to the words that cite it) and the hosts it links to; its title and language label it in graph views.
 */
public record ProvenanceArticle(String id, String title, String language, String published, String outlet,
                                String domain, Map<String, String> citedOutlets, Set<String> linkedHosts) implements Serializable {
    private static final Pattern LINK = Pattern.compile("https?://([\\w.-]+)", Pattern.CASE_INSENSITIVE);

    public ProvenanceArticle {
        citedOutlets = Map.copyOf(citedOutlets);
        linkedHosts = Set.copyOf(linkedHosts);
    }

    public static ProvenanceArticle of(Annotated annotated) {
        Article article = annotated.article();
        Map<String, String> cited = new TreeMap<>();
        for (CitedSource source : annotated.sources()) {
            if (source.outlet() != null) {
                cited.putIfAbsent(source.outlet(), source.kind().code() + ": " + source.evidence());
            }
        }
        Set<String> hosts = new TreeSet<>();
        Matcher link = LINK.matcher(article.raw());
        while (link.find()) {
            hosts.add(Outlet.domainName(link.group(1)));
        }
        String domain = article.outlet() != null && article.outlet().domain() != null
                ? Outlet.domainName(article.outlet().domain()) : Outlet.domainOf(article.url());
        return new ProvenanceArticle(article.id(), article.title(), article.language(), article.published(),
                annotated.outletId(), domain, cited, hosts);
    }

    /** The graph node of this article's outlet: its registry id, else its web domain, else null. */
    public String outletNode() {
        return outlet != null ? "outlet:" + outlet : domain != null ? "domain:" + domain : null;
    }

}
