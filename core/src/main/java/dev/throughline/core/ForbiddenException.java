package dev.throughline.core;

/**
 * The viewer may see this, but not do this: a report asking for what only their manager does. REST answers 403.
 * Outsiders never get this answer; to them the pairing does not exist ({@link NotFoundException}).
 */
public class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String key) {
        super(key, null);
    }
}
