package com.atlassian.sal.api.net;

/** Declaration of SAL's response: only the members Throughline calls. */
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
