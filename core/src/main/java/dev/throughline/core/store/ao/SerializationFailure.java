package dev.throughline.core.store.ao;

import dev.throughline.core.store.StoreException;

/**
 * The database would not serialize a transaction however often it was tried: it kept running into concurrent
 * writers. The store answers it as a conflict, as it answers a stale version.
 */
final class SerializationFailure extends StoreException {

    private static final long serialVersionUID = 1L;

    SerializationFailure(int attempts, Throwable last) {
        super("the database could not serialize the transaction in " + attempts + " attempts", last);
    }
}
