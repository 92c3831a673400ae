package io.newstrace.core.model;

import java.util.Locale;

/** How words are reported. */
public enum QuoteKind {
    /** One sentence or more in quotation marks. */
    DIRECT,
    /** A fragment in quotation marks inside the reporter's sentence. */
    PARTIAL,
    /** Reported speech without quotation marks: "X a affirmé que …", "X said that …". */
    INDIRECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
