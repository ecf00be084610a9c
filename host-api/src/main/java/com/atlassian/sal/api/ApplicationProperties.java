package com.atlassian.sal.api;

/** Declaration of SAL's application properties: only the members Throughline calls. */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
