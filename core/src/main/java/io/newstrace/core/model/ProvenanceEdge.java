package io.newstrace.core.model;

/**
 * One edge of the provenance graph. {@code from} and {@code to} are article ids or {@code outlet:<registry id>}.
 * {@code basis} says what links them: {@code citation} (the article names the outlet), {@code reuse} (the later
 * article shares passages with the earlier one), {@code quote} (both report the same statement).
 * {@code attributed} is true when the later article names the earlier one's outlet or links to it;
 * {@code ordered} is false when the two articles' dates could not tell which came first (the pair is then in
 * id order). {@code evidence} says why, in words.
 */
public record ProvenanceEdge(String from, String to, String basis, boolean attributed, boolean ordered,
                             String evidence) {
}
