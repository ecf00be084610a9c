package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration of Jira's sub-task manager: only the members Throughline calls. */
public interface SubTaskManager {

    boolean isSubTasksEnabled();

    void enableSubTasks() throws CreateException;

    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException;
}
