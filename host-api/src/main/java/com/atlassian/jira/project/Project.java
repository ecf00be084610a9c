package com.atlassian.jira.project;

/** Declaration of a Jira project: handed from the project manager to the issue type schemes, nothing called on it. */
public interface Project {
}
