package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration of Jira's base of the service results nested in its services. The host provides the class. */
public class ServiceResultImpl implements ServiceResult {

    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException("provided by the host");
    }

    @Override
    public boolean isValid() {
        throw new UnsupportedOperationException("provided by the host");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("provided by the host");
    }
}
