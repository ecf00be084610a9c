package com.atlassian.sal.api;

/** Declaration of SAL's URL modes: only the one Throughline uses. */
public enum UrlMode {
    RELATIVE
}
