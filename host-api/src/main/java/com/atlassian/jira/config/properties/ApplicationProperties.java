package com.atlassian.jira.config.properties;

/** Declaration of Jira's application properties (not SAL's): only the members Throughline calls. */
public interface ApplicationProperties {

    String getString(String key);
}
