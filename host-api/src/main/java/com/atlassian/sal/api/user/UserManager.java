package com.atlassian.sal.api.user;

/** Declaration of SAL's user manager: only the members Throughline calls. */
public interface UserManager {

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);
}
