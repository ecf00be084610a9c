package com.atlassian.jira.project;

/** Declaration of a Jira project: only the members Throughline calls. */
public interface Project {

    Long getId();
}
