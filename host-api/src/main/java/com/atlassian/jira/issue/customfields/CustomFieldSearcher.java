package com.atlassian.jira.issue.customfields;

/** Declaration of a Jira custom field searcher: handed from the manager to field creation, nothing called on it. */
public interface CustomFieldSearcher {
}
