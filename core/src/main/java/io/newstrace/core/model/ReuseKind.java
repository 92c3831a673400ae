package io.newstrace.core.model;

/** What two articles share: a passage of body text, or the same reported statement. */
public enum ReuseKind {
    PASSAGE, QUOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
