package com.atlassian.jira.exception;

/** Declaration of Jira's checked creation failure. The host provides the class; these bodies never run. */
public class CreateException extends Exception {

    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
