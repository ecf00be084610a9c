package com.atlassian.jira.issue.link;

/** Declaration of a Jira issue link type: only the members Throughline calls. */
public interface IssueLinkType {

    Long getId();
}
