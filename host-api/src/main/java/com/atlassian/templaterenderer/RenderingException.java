package com.atlassian.templaterenderer;

/** Declaration of the template renderer's failure. The host provides the class; these bodies never run. */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
