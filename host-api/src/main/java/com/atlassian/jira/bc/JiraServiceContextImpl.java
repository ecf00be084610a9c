package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/** Declaration of Jira's service context for a user. The host provides the class; these bodies never run. */
public class JiraServiceContextImpl implements JiraServiceContext {

    public JiraServiceContextImpl(ApplicationUser user) {
        throw new UnsupportedOperationException("provided by the host");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("provided by the host");
    }
}
