package io.newstrace.watch;

import java.net.URI;

/**
 * A fetch that gave nothing usable, with the reason for the user. Retryable failures (timeouts, server errors,
 * unreachable hosts) are tried again next round; the others (refused, not found, too large, not HTML) are not.
 */
public final class FetchException extends Exception {
    private final URI uri;
    private final String reason;
    private final boolean retryable;
    private final int status;

    public FetchException(URI uri, String reason, boolean retryable, int status) {
        super(uri + ": " + reason);
        this.uri = uri;
        this.reason = reason;
        this.retryable = retryable;
        this.status = status;
    }

    public static FetchException permanent(URI uri, String reason) {
        return new FetchException(uri, reason, false, 0);
    }

    public static FetchException retryable(URI uri, String reason) {
        return new FetchException(uri, reason, true, 0);
    }

    public URI uri() {
        return uri;
    }

    public String reason() {
        return reason;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The HTTP status that caused the failure, 0 when there was no answer. */
    public int status() {
        return status;
    }
}
