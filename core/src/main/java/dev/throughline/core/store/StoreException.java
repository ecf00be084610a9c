package dev.throughline.core.store;

/** The database failed in a way no user input explains (unreachable, broken schema). */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
