package com.atlassian.applinks.api;

import java.net.URI;

/** Declaration of "the user has not authorised this link yet". The host provides the class; these bodies never run. */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        throw new UnsupportedOperationException("provided by the host");
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("provided by the host");
    }
}
