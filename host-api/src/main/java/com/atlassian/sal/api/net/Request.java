package com.atlassian.sal.api.net;

/** Declaration of SAL's outgoing request: only the members Throughline calls. */
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setHeader(String headerName, String headerValue);

    /** The HTTP methods. */
    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS,
        PATCH
    }
}
