package com.atlassian.jira.exception;

/** Declaration of Jira's checked removal failure. The host provides the class; these bodies never run. */
public class RemoveException extends Exception {

    private static final long serialVersionUID = 1L;

    public RemoveException(String message) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
