package com.atlassian.jira.user;

/** Declaration of a Jira user: only the members Throughline calls. */
public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getDisplayName();
}
