package io.newstrace.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.newstrace.core.sources.registry.OutletRegistry;
import io.newstrace.core.sources.registry.RegistryOutlet;
import io.newstrace.store.SearchIndex;
import io.newstrace.store.StoreReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The handlers of the JSON API: each reads its checked parameters, asks the store, and answers one object. */
final class Api {
    /** Writes UTF-8 bytes straight away: building a String first and encoding it cost more than the lookups. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final int MAX_PAGE = 100;
    private static final int MAX_EDGES = 2000;

    private final StoreReader store;
    private final OutletRegistry registry;

    Api(StoreReader store, OutletRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer as JSON", e);
        }
    }

    Object overview(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("counts", store.counts());
        answer.put("outlets", outletCounts(store.articlesPerOutlet(), 20));
        answer.put("people", store.topEntities("PER", 15));
        answer.put("stories", store.stories(0, 10));
        return answer;
    }

    Object search(Context ctx) {
        Params params = new Params(ctx);
        SearchIndex.Query query = new SearchIndex.Query(params.text("q"), params.id("outlet"), params.id("lang"),
                params.bool("state_affiliated"), entityId(params.text("entity")), entityId(params.text("speaker")),
                params.id("story"), params.day("from"), params.day("to"), params.integer("offset", 0, 0, 10_000),
                params.integer("limit", 20, 1, MAX_PAGE));
        try {
            return store.search(query);
        } catch (IllegalArgumentException e) {
            throw new Params.BadRequest(e.getMessage());
        }
    }

    /** An entity named by id or by name or alias; a name the store does not know matches nothing. */
    private String entityId(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        if (store.entity(idOrName).isPresent()) {
            return idOrName;
        }
        return store.entityNamed(idOrName).orElse(idOrName);
    }

    Object article(Context ctx) {
        String id = new Params(ctx).pathId("id");
        StoreReader.ArticleRecord record = store.article(id).orElseThrow(() -> new Params.NotFound("no article " + id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("article", new RawValue(record.json()));
        String registryId = record.outletRegistry();
        answer.put("outlet", registryId == null ? null : registry.byId(registryId).map(this::outletFacts).orElse(null));
        answer.put("quotes", store.quotes(null, id, null, 0, 10_000));
        answer.put("mentions", store.mentionsIn(id));
        answer.put("sources", store.sourcesIn(id));
        answer.put("reuse", store.reuseOf(id));
        answer.put("stories", store.storiesOf(id));
        answer.put("provenance", store.provenance(List.of(id), MAX_EDGES));
        return answer;
    }

    Object quotes(Context ctx) {
        Params params = new Params(ctx);
        String speaker = params.text("speaker");
        String kind = params.choice("kind", "any", "direct", "partial", "indirect");
        return Map.of("quotes", store.quotes(entityId(speaker), params.id("article"),
                kind.equals("any") ? null : kind, params.integer("offset", 0, 0, 1_000_000),
                params.integer("limit", 50, 1, MAX_PAGE)));
    }

    Object entities(Context ctx) {
        Params params = new Params(ctx);
        String type = params.choice("type", "any", "PER", "ORG", "LOC", "MISC");
        return Map.of("entities", store.topEntities(type.equals("any") ? null : type,
                params.integer("limit", 50, 1, MAX_PAGE)));
    }

    Object entity(Context ctx) {
        String id = new Params(ctx).pathId("id");
        StoreReader.EntityRow entity = store.entity(id).orElseThrow(() -> new Params.NotFound("no entity " + id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entity", entity);
        answer.put("counts", store.entityCounts(id));
        // The first quotes and articles; /api/quotes and /api/search page through the rest.
        answer.put("quotes", store.quotes(id, null, null, 0, MAX_PAGE));
        answer.put("mentions_by_month", store.mentionsByMonth(id));
        answer.put("co_occurring", store.coOccurring(id, 20));
        answer.put("articles", store.articlesMentioning(id, MAX_PAGE));
        return answer;
    }

    Object stories(Context ctx) {
        Params params = new Params(ctx);
        return Map.of("stories", store.stories(params.integer("offset", 0, 0, 1_000_000),
                params.integer("limit", 50, 1, MAX_PAGE)));
    }

    Object story(Context ctx) {
        String id = new Params(ctx).pathId("id");
        StoreReader.StoryRow story = store.story(id).orElseThrow(() -> new Params.NotFound("no story " + id));
        List<StoreReader.ArticleSummary> articles = store.articlesOfStory(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("story", story);
        answer.put("articles", articles);
        answer.put("provenance", store.provenance(articles.stream().map(StoreReader.ArticleSummary::id).toList(),
                MAX_EDGES));
        return answer;
    }

    Object outlet(Context ctx) {
        String id = new Params(ctx).pathId("id");
        String key = id.startsWith("outlet:") ? id.substring("outlet:".length()) : id;
        RegistryOutlet known = registry.byId(key).orElse(null);
        List<StoreReader.ArticleSummary> articles = store.articlesOfOutlet(key, 100);
        if (known == null && articles.isEmpty()) {
            throw new Params.NotFound("no outlet " + id);
        }
        List<StoreReader.OutletLinkRow> links = store.outletLinks("outlet:" + key, 200);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", key);
        answer.put("registry", known == null ? null : outletFacts(known));
        answer.put("articles", articles);
        answer.put("relayed_by", links.stream().filter(link -> link.from().equals("outlet:" + key)).toList());
        answer.put("relays", links.stream().filter(link -> link.to().equals("outlet:" + key)).toList());
        return answer;
    }

    /** The registry's facts on an outlet, with the state affiliation it inherits from a parent. */
    private Map<String, Object> outletFacts(RegistryOutlet outlet) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("id", outlet.id());
        facts.put("name", outlet.name());
        facts.put("aliases", outlet.aliases());
        facts.put("domains", outlet.domains());
        facts.put("country", outlet.country());
        facts.put("languages", outlet.languages());
        facts.put("owner", outlet.owner());
        facts.put("type", outlet.type().code());
        facts.put("parent", outlet.parent());
        facts.put("state_affiliated", registry.stateAffiliated(outlet));
        facts.put("state_affiliation_ref", registry.stateAffiliation(outlet).map(RegistryOutlet::stateAffiliationRef)
                .orElse(null));
        return facts;
    }

    /**
     * The provenance graph: {@code level=outlet} sums it outlet to outlet; {@code level=article} gives articles and
     * cited outlets, limited to one story when {@code story} is set.
     */
    Object graph(Context ctx) {
        Params params = new Params(ctx);
        String level = params.choice("level", "outlet", "article");
        String story = params.id("story");
        int limit = params.integer("limit", 500, 1, MAX_EDGES);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        if (level.equals("outlet")) {
            Map<String, Integer> sizes = store.articlesPerOutlet();
            for (StoreReader.OutletLinkRow link : store.outletLinks(null, limit)) {
                for (String end : List.of(link.from(), link.to())) {
                    nodes.computeIfAbsent(end, key -> outletNode(key, sizes.getOrDefault(key, 0)));
                }
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("from", link.from());
                edge.put("to", link.to());
                edge.put("weight", link.weight());
                edge.put("attributed", link.attributed());
                edge.put("unattributed", link.unattributed());
                edges.add(edge);
            }
        } else {
            List<String> members = story == null ? List.of()
                    : store.articlesOfStory(story).stream().map(StoreReader.ArticleSummary::id).toList();
            if (story != null && members.isEmpty()) {
                throw new Params.NotFound("no story " + story);
            }
            Set<String> ends = new LinkedHashSet<>();
            List<StoreReader.EdgeRow> rows = store.provenance(members, limit);
            rows.forEach(row -> {
                ends.add(row.from());
                ends.add(row.to());
            });
            ends.addAll(members);
            for (String end : ends) {
                if (end.startsWith("outlet:")) {
                    nodes.put(end, outletNode(end, 0));
                } else {
                    store.articleSummary(end).ifPresent(article -> nodes.put(end, articleNode(article)));
                }
            }
            for (StoreReader.EdgeRow row : rows) {
                Map<String, Object> edge = new LinkedHashMap<>();
                edge.put("from", row.from());
                edge.put("to", row.to());
                edge.put("basis", row.basis());
                edge.put("attributed", row.attributed());
                edge.put("ordered", row.ordered());
                edge.put("evidence", row.evidence());
                edges.add(edge);
            }
        }
        return Map.of("level", level, "nodes", new ArrayList<>(nodes.values()), "edges", edges);
    }

    private Map<String, Object> outletNode(String id, int articles) {
        String key = id.startsWith("outlet:") ? id.substring("outlet:".length()) : id;
        RegistryOutlet known = registry.byId(key).orElse(null);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("kind", "outlet");
        node.put("label", known == null ? key : known.name());
        node.put("outlet", key);
        node.put("state_affiliated", known != null && registry.stateAffiliated(known));
        node.put("articles", articles);
        return node;
    }

    private Map<String, Object> articleNode(StoreReader.ArticleSummary article) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", article.id());
        node.put("kind", "article");
        node.put("label", article.title() == null ? article.id() : article.title());
        node.put("outlet", article.outlet());
        node.put("state_affiliated", article.stateAffiliated());
        node.put("published", article.published());
        return node;
    }

    private List<StoreReader.Count> outletCounts(Map<String, Integer> perOutlet, int limit) {
        List<StoreReader.Count> outlets = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : perOutlet.entrySet()) {
            if (outlets.size() == limit) {
                break;
            }
            String key = entry.getKey().startsWith("outlet:") ? entry.getKey().substring(7) : entry.getKey();
            outlets.add(new StoreReader.Count(key, registry.byId(key).map(RegistryOutlet::name).orElse(key),
                    entry.getValue()));
        }
        return outlets;
    }
}
