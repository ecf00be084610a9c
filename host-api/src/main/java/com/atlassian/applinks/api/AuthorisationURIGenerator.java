package com.atlassian.applinks.api;

import java.net.URI;

/** Declaration of where a user authorises a link to act for them: only the members Throughline calls. */
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
