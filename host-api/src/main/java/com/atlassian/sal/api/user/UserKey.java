package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Declaration of SAL's user key. The host provides the class; these bodies never run. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public UserKey(String userkey) {
        throw new UnsupportedOperationException("provided by the host");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("provided by the host");
    }
}
