package io.newstrace.core.model;

import java.util.Locale;

/** What an article says it comes from. */
public enum SourceKind {
    /** A news agency's wire copy: "(AFP)", "avec Reuters", "selon l'agence TASS". */
    AGENCY,
    /** Another outlet: "selon le journal X", "a rapporté X", "X reported". */
    OUTLET,
    /** An interview given to an outlet: "dans une interview accordée à Sputnik", "told Reuters". */
    INTERVIEW,
    /** A photo credit: "Photo : AFP", "© Reuters". */
    PHOTO,
    /** The article is a copy of another: "Source link", "The post … appeared first on X", "Source : X". */
    REPUBLISHED_FROM,
    /** A document: a communiqué, a report, a statement. */
    DOCUMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
