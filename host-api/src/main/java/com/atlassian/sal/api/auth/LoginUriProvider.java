package com.atlassian.sal.api.auth;

import java.net.URI;

/** Declaration of SAL's login page locator: only the members Throughline calls. */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
