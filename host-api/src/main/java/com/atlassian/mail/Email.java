package com.atlassian.mail;

import java.io.Serializable;

/** Declaration of atlassian-mail's email. The host provides the class; these bodies never run. */
public class Email implements Serializable {

    private static final long serialVersionUID = 1L;

    public Email(String to) {
        throw new UnsupportedOperationException("provided by the host");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("provided by the host");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("provided by the host");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
