package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.model.ProvenanceEdge;
import io.newstrace.core.provenance.ProvenanceGraph;

import java.io.IOException;
import java.util.Map;

/**
 * Writes the provenance graph, export format v1: article-level edges ({@code provenance.jsonl}), their sums
 * outlet to outlet ({@code outlet_links.jsonl}) and statements with their origin ({@code statements.jsonl}).
 */
public final class ProvenanceJson {
    private ProvenanceJson() {
    }

    public static void write(JsonGenerator json, ProvenanceEdge edge) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", edge.from());
        json.writeStringField("to", edge.to());
        json.writeStringField("basis", edge.basis());
        json.writeBooleanField("attributed", edge.attributed());
        json.writeBooleanField("ordered", edge.ordered());
        json.writeStringField("evidence", edge.evidence());
        json.writeEndObject();
    }

    public static void write(JsonGenerator json, ProvenanceGraph.OutletLink link) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", link.from());
        json.writeStringField("to", link.to());
        json.writeNumberField("weight", link.weight());
        json.writeNumberField("attributed", link.attributed());
        json.writeNumberField("unattributed", link.unattributed());
        json.writeObjectFieldStart("bases");
        for (Map.Entry<String, Integer> basis : link.bases().entrySet()) {
            json.writeNumberField(basis.getKey(), basis.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    public static void write(JsonGenerator json, ProvenanceGraph.Statement statement) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", statement.id());
        json.writeStringField("origin", statement.origin());
        json.writeStringField("origin_evidence", statement.originEvidence());
        json.writeArrayFieldStart("quotes");
        for (ProvenanceGraph.QuoteRef quote : statement.quotes()) {
            json.writeStartObject();
            json.writeStringField("article", quote.article());
            json.writeNumberField("start", quote.start());
            json.writeNumberField("end", quote.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonFields.writeStrings(json, "articles", statement.articles());
        JsonFields.writeStrings(json, "cited_outlets", statement.citedOutlets());
        json.writeEndObject();
    }
}
