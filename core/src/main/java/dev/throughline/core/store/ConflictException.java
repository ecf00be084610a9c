package dev.throughline.core.store;

import dev.throughline.core.DomainException;
import dev.throughline.core.i18n.MessageKey;

/** A record was changed by someone else since it was read. REST answers 409. */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String what, long id) {
        super("error.conflict", "version", MessageKey.of("store.kind." + what), id);
    }

    /** A concurrent change of several records at once (the database refused to commit this one). */
    public ConflictException() {
        super("error.conflict.concurrent", "version");
    }
}
