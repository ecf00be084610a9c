package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/** Declaration of the handler of a response over an application link, told when the user must authorise it. */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    R credentialsRequired(Response response) throws ResponseException;
}
