package com.atlassian.jira.issue.context;

/** Declaration of Jira's global field context. The host provides the class; these bodies never run. */
public class GlobalIssueContext {

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("provided by the host");
    }
}
