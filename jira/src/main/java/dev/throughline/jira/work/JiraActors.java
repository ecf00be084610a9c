package dev.throughline.jira.work;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.core.people.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Jira users a change involves: who makes it (Jira checks their permissions) and the pairing's two people. */
@Named
public class JiraActors {

    private final JiraAuthenticationContext authentication;
    private final UserManager users;

    @Inject
    public JiraActors(@ComponentImport JiraAuthenticationContext authentication, @ComponentImport UserManager users) {
        this.authentication = authentication;
        this.users = users;
    }

    /** The signed-in user, as whom Jira creates and changes the issues. */
    ApplicationUser acting() {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            throw new WorkRefusal("throughline.work.signedOut", null);
        }
        return user;
    }

    /** The Jira user with this key. */
    ApplicationUser user(UserKey key) {
        ApplicationUser user = users.getUserByKey(key.value());
        if (user == null) {
            throw new WorkRefusal("throughline.work.userUnknown", null, key.value());
        }
        return user;
    }
}
