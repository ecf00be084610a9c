package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/** Declaration of Jira's issue type manager: only the members Throughline calls. */
public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();
}
