package com.atlassian.jira.issue.issuetype;

/** Declaration of a Jira issue type: only the members Throughline calls. */
public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
