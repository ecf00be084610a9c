package com.atlassian.applinks.api;

/** Declaration of an application link's read side: only the members Throughline calls. */
public interface ReadOnlyApplicationLink {

    ApplicationLinkRequestFactory createImpersonatingAuthenticatedRequestFactory();
}
