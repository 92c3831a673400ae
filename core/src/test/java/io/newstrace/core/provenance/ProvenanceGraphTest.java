package io.newstrace.core.provenance;

import io.newstrace.core.Samples;
import io.newstrace.core.annotate.Annotated;
import io.newstrace.core.model.ProvenanceEdge;
import io.newstrace.core.model.Reuse;
import io.newstrace.core.model.ReuseKind;
import io.newstrace.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProvenanceGraphTest {

    @Test
    void theSamplesCiteSputnikThreeTimesAndMarocDiplomatiqueOnce() {
        List<Annotated> samples = Samples.annotate(Samples.sampleFiles());
        List<ProvenanceArticle> articles = samples.stream().map(ProvenanceArticle::of).toList();
        String rt = Samples.named(samples, "000").article().id();
        String local = Samples.named(samples, "002").article().id();
        String interview = Samples.named(samples, "003").article().id();
        String other = Samples.named(samples, "004").article().id();

        ProvenanceGraph.Result graph = ProvenanceGraph.build(articles, List.of());

        assertThat(graph.edges()).filteredOn(e -> e.from().equals("outlet:sputnik")).extracting(ProvenanceEdge::to)
                .containsExactlyInAnyOrder(rt, interview, other);
        assertThat(graph.edges()).filteredOn(e -> e.to().equals(local)).extracting(ProvenanceEdge::from)
                .containsExactly("outlet:maroc-diplomatique");
        assertThat(graph.edges()).allMatch(e -> e.basis().equals("citation") && e.attributed());
        assertThat(graph.outletLinks()).extracting(ProvenanceGraph.OutletLink::from, ProvenanceGraph.OutletLink::to)
                .contains(tuple("outlet:sputnik", "outlet:rt"));
    }

    private static ProvenanceArticle article(String id, String published, String outlet, Map<String, String> cited,
                                             Set<String> links) {
        return new ProvenanceArticle(id, "Title of " + id, "fr", published, outlet, outlet + ".example", cited, links);
    }

    private static Reuse passage(String a, String b) {
        return new Reuse(a, b, ReuseKind.PASSAGE, new Span(0, 400), new Span(100, 500), 0.95, "test");
    }

    @Test
    void aLaterCopyIsAttributedOnlyWhenItNamesOrLinksTheEarlierOutlet() {
        ProvenanceArticle origin = article("a1", "2024-05-02T08:00:00Z", "sputnik", Map.of(), Set.of());
        ProvenanceArticle credited = article("a2", "2024-05-03", "blog",
                Map.of("sputnik", "agency: selon Sputnik"), Set.of());
        ProvenanceArticle linked = article("a0", "2024-05-04", "site", Map.of(), Set.of("sputnik.example"));
        ProvenanceArticle laundered = article("a3", "2024-05-02T09:30:00Z", "relay", Map.of(), Set.of());

        ProvenanceGraph.Result graph = ProvenanceGraph.build(List.of(origin, credited, linked, laundered),
                List.of(passage("a1", "a2"), passage("a0", "a1"), passage("a1", "a3")));

        assertThat(graph.edges()).filteredOn(e -> e.basis().equals("reuse"))
                .extracting(ProvenanceEdge::from, ProvenanceEdge::to, ProvenanceEdge::attributed,
                ProvenanceEdge::ordered).containsExactly(
                tuple("a1", "a0", true, true),
                tuple("a1", "a2", true, true),
                tuple("a1", "a3", false, true));
        assertThat(graph.edges().get(2).evidence()).contains("neither names nor links outlet:sputnik");
        assertThat(graph.outletLinks()).filteredOn(l -> l.to().equals("outlet:relay"))
                .extracting(ProvenanceGraph.OutletLink::unattributed).containsExactly(1);
    }

    @Test
    void undatedArticlesGiveUnorderedEdgesAndStatementsWithoutOrigin() {
        ProvenanceArticle x = article("x", null, "one", Map.of("sputnik", "interview: told Sputnik"), Set.of());
        ProvenanceArticle y = article("y", "2024-01-01", "two", Map.of(), Set.of());
        Reuse quote = new Reuse("x", "y", ReuseKind.QUOTE, new Span(10, 90), new Span(20, 120), 0.7, "test");

        ProvenanceGraph.Result graph = ProvenanceGraph.build(List.of(x, y), List.of(quote));

        assertThat(graph.edges()).filteredOn(e -> e.basis().equals("quote")).singleElement()
                .satisfies(edge -> assertThat(edge.ordered()).isFalse());
        assertThat(graph.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.origin()).isNull();
            assertThat(statement.articles()).containsExactly("x", "y");
            assertThat(statement.citedOutlets()).containsExactly("sputnik");
        });
    }

    @Test
    void passagesOfOnePairGivenApartMakeOneEdge() {
        ProvenanceArticle origin = article("a1", "2024-05-02", "sputnik", Map.of(), Set.of());
        ProvenanceArticle copy = article("a2", "2024-05-03", "blog", Map.of(), Set.of());
        ProvenanceArticle other = article("a3", "2024-05-04", "site", Map.of(), Set.of());
        Reuse second = new Reuse("a1", "a2", ReuseKind.PASSAGE, new Span(900, 1000), new Span(700, 760), 0.8125,
                "test");

        ProvenanceGraph.Result graph = ProvenanceGraph.build(List.of(origin, copy, other),
                List.of(passage("a1", "a2"), passage("a1", "a3"), second));

        assertThat(graph.edges()).extracting(ProvenanceEdge::from, ProvenanceEdge::to, ProvenanceEdge::evidence)
                .containsExactly(
                        tuple("a1", "a2", "2 passages (460 characters in the later article, best score 0.950); "
                                + "the later article neither names nor links outlet:sputnik"),
                        tuple("a1", "a3", "1 passage (400 characters in the later article, best score 0.950); "
                                + "the later article neither names nor links outlet:sputnik"));
    }
}
