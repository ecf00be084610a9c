package com.atlassian.jira.issue.fields.config;

/** Declaration of a Jira field configuration scheme (an issue type scheme here): nothing called on it. */
public interface FieldConfigScheme {
}
