package com.atlassian.sal.api.user;

/** Declaration of SAL's user profile: only the members Throughline calls. */
public interface UserProfile {

    UserKey getUserKey();

    String getFullName();

    String getEmail();
}
