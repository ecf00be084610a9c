package com.atlassian.jira.issue.customfields;

/** Declaration of a Jira custom field type (T: the value, S: the single-value form): only what Throughline calls. */
public interface CustomFieldType<T, S> {

    String getKey();
}
