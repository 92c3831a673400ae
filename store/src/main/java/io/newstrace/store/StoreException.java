package io.newstrace.store;

/** A store that cannot be opened, read or written, with the reason in words. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
