package com.atlassian.jira.util;

import java.util.Set;

/** Declaration of Jira's set of messages (a JQL parse's errors): only the members Throughline calls. */
public interface MessageSet {

    Set<String> getErrorMessages();
}
