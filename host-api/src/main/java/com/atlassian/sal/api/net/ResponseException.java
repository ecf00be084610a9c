package com.atlassian.sal.api.net;

/** Declaration of SAL's failed request (no answer, timed out, unreadable). The host provides the class. */
public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;
}
