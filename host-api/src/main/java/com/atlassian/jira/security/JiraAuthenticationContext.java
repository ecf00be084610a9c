package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration of who Jira is serving: only the members Throughline calls. */
public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();
}
