package io.newstrace.core.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.newstrace.core.Version;
import io.newstrace.core.pipeline.AnalyzeConfig;
import io.newstrace.core.pipeline.Problem;
import io.newstrace.core.pipeline.RunSummary;
import io.newstrace.core.reuse.PassageFinder;

import java.io.IOException;
import java.io.Writer;

/** Writes {@code run.json}: what was read, with which settings, what came out, and every problem met. */
public final class RunJson {
    public static final String FORMAT = "newstrace/1";

    private RunJson() {
    }

    public static void write(Writer out, RunSummary summary, AnalyzeConfig config) throws IOException {
        try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("version", Version.get());
            json.writeStringField("started", summary.started().toString());
            json.writeStringField("finished", summary.finished().toString());
            JsonFields.writeStrings(json, "inputs", summary.inputs());

            json.writeObjectFieldStart("config");
            json.writeNumberField("threads", config.threads());
            json.writeStringField("engine", summary.engine());
            json.writeNumberField("max_document_bytes", config.input().maxDocumentBytes());
            json.writeNumberField("max_decompressed_bytes", config.input().maxDecompressedBytes());
            json.writeNumberField("max_html_depth", config.input().maxHtmlDepth());
            json.writeNumberField("document_timeout_seconds", config.documentTimeout().toMillis() / 1000.0);
            json.writeBooleanField("keep_previous", config.keepPrevious());
            JsonFields.writeStrings(json, "languages", config.languages());
            JsonFields.writeStrings(json, "registry_files",
                    config.registryFiles().stream().map(Object::toString).toList());
            json.writeObjectFieldStart("clean");
            JsonFields.writeStrings(json, "languages", config.clean().languages());
            json.writeNumberField("min_template_documents", config.clean().minTemplateDocuments());
            json.writeEndObject();
            json.writeObjectFieldStart("stories");
            json.writeNumberField("threshold", config.stories().threshold());
            json.writeNumberField("entity_weight", config.stories().entityWeight());
            json.writeNumberField("window_days", config.stories().windowDays());
            json.writeNumberField("link_bonus", config.stories().linkBonus());
            json.writeEndObject();
            json.writeObjectFieldStart("reuse");
            json.writeStringField("method", PassageFinder.METHOD);
            json.writeNumberField("shingle_words", config.reuse().shingleSize());
            json.writeNumberField("max_shingle_articles", config.reuse().maxShingleArticles());
            json.writeNumberField("hub_articles", config.reuse().hubArticles());
            json.writeNumberField("min_shared_shingles", config.reuse().minSharedShingles());
            json.writeNumberField("max_gap_words", config.reuse().maxGapWords());
            json.writeNumberField("min_passage_words", config.reuse().minPassageWords());
            json.writeNumberField("min_score", config.reuse().minScore());
            json.writeEndObject();
            json.writeEndObject();

            json.writeObjectFieldStart("counts");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("skipped_files", summary.skippedFiles());
            json.writeNumberField("documents", summary.documents());
            json.writeNumberField("articles", summary.articles());
            json.writeNumberField("previous_articles", summary.previousArticles());
            json.writeNumberField("duplicates", summary.duplicates());
            json.writeNumberField("paragraphs", summary.paragraphs());
            json.writeNumberField("removed_spans", summary.removedSpans());
            json.writeNumberField("quotes", summary.quotes());
            json.writeNumberField("entities", summary.entities());
            json.writeNumberField("sources", summary.sources());
            json.writeNumberField("reused_passages", summary.reusedPassages());
            json.writeNumberField("matched_quotes", summary.matchedQuotes());
            json.writeNumberField("provenance_edges", summary.provenanceEdges());
            json.writeNumberField("stories", summary.stories());
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeEndObject();

            json.writeObjectFieldStart("timings");
            json.writeNumberField("first_pass_ms", summary.firstPassMillis());
            json.writeNumberField("analyze_ms", summary.analyzeMillis());
            json.writeNumberField("corpus_ms", summary.corpusMillis());
            json.writeNumberField("wall_ms", summary.wallMillis());
            json.writeEndObject();

            writeProblems(json, "errors", summary, true);
            writeProblems(json, "warnings", summary, false);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeProblems(JsonGenerator json, String field, RunSummary summary, boolean errors)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Problem problem : summary.problems()) {
            if (problem.error() == errors) {
                json.writeStartObject();
                json.writeStringField("input", problem.input());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }
}
