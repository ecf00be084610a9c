package com.atlassian.jira.project;

/** Declaration of Jira's project manager: only the members Throughline calls. */
public interface ProjectManager {

    Project getProjectObjByKey(String projectKey);
}
