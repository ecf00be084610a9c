package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;

/** Declaration of Jira's sub-task manager: only the members Throughline calls. */
public interface SubTaskManager {

    boolean isSubTasksEnabled();

    void enableSubTasks() throws CreateException;
}
