package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;

/** Declaration of Jira's issue security level manager: only the members Throughline calls. */
public interface IssueSecurityLevelManager {

    Long getDefaultSecurityLevel(Project project);
}
