package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration of the context a Jira service call reports its errors in: only the members Throughline calls. */
public interface JiraServiceContext {

    ErrorCollection getErrorCollection();
}
