package dev.throughline.web.rest;

import dev.throughline.core.DomainException;

/** The request carries no signed-in user. REST answers 401. */
public class SignInRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SignInRequiredException() {
        super("error.sign.in", null);
    }
}
