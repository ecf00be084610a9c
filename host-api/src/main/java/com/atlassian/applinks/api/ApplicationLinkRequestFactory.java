package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Declaration of an application link's request factory: only the members Throughline calls. */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
