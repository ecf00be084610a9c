package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration of the result of a Jira service call: only the members Throughline calls. */
public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
