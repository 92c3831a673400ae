package io.newstrace.core.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Publication dates as the exports write them: ISO {@code YYYY-MM-DD}, maybe followed by a time. */
public final class Dates {
    private Dates() {
    }

    /** The day of an ISO date or date-time, or null when there is none or it is not a date. */
    public static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
