package com.atlassian.confluence.macro;

/** Declaration of a macro's failure, shown by Confluence as the macro's error. These bodies never run. */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException(String message, Throwable cause) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
