package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration of Jira's own user manager (not SAL's): only the members Throughline calls. */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
