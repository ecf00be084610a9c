package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Declaration of Jira's collected validation errors: only the members Throughline calls. */
public interface ErrorCollection {

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();
}
