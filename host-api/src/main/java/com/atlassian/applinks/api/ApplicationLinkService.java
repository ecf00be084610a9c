package com.atlassian.applinks.api;

/** Declaration of the application links service: only the members Throughline calls. */
public interface ApplicationLinkService {

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
