package dev.throughline.core;

import dev.throughline.core.i18n.MessageKey;

/**
 * The thing asked for does not exist, or the viewer may not know that it does: a pairing that is not theirs
 * looks exactly like one that was never created. REST answers 404.
 */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, long id) {
        super("error.not.found", null, MessageKey.of("store.kind." + what), id);
    }
}
