package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/** Declaration of a request over an application link: only the members Throughline calls. */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException;
}
