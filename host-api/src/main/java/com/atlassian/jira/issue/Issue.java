package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

import java.sql.Timestamp;

/** Declaration of a Jira issue: only the members Throughline calls. */
public interface Issue {

    Long getId();

    Project getProjectObject();

    Timestamp getResolutionDate();
}
