package io.newstrace.server;

import io.javalin.http.Context;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks request parameters: every value has a type, a range or a shape, and a bad one is a
 * {@link BadRequest} naming the parameter, never an exception from deeper down.
 */
final class Params {
    /** Ids in the store are hex digests, {@code kind-hex}, {@code story-…}, {@code outlet:…} or registry ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,127}");
    static final int MAX_TEXT = 500;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The request asked for something malformed: answered 400 with the message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The request named something the store does not hold: answered 404 with the message. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    String pathId(String name) {
        return checkedId(name, ctx.pathParam(name));
    }

    /** An optional id, null when absent. */
    String id(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : checkedId(name, value);
    }

    private static String checkedId(String name, String value) {
        if (!ID.matcher(value).matches()) {
            throw new BadRequest(name + " is not a valid id");
        }
        return value;
    }

    /** Optional free text (search words, a name), null when absent. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw new BadRequest(name + " must be a whole number from " + min + " to " + max);
    }

    Boolean bool(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new BadRequest(name + " must be true or false");
        };
    }

    LocalDate day(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new BadRequest(name + " must be a day as YYYY-MM-DD");
        }
    }

    /** One of the allowed values, or the first when absent. */
    String choice(String name, String... allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return allowed[0];
        }
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new BadRequest(name + " must be one of " + String.join(", ", allowed));
    }
}
