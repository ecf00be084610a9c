package com.atlassian.applinks.api;

/** Declaration of an application link's type (Jira, Confluence, ...): only as a marker Throughline names. */
public interface ApplicationType {
}
