package com.atlassian.jira.issue.context;

/** Declaration of a Jira field context (global, project...): handed to field creation, nothing called on it. */
public interface JiraContextNode {
}
