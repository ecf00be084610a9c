package dev.throughline.jira.people;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.People;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** Jira's users by their key: the display name, or nothing for a user Jira no longer knows. */
@Named
public class JiraPeople implements People {

    private final UserManager users;

    @Inject
    public JiraPeople(@ComponentImport UserManager users) {
        this.users = users;
    }

    /** A Jira user name (what people type) resolves to its user's key; failing that, the text may be a key itself. */
    @Override
    public Optional<UserKey> named(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        UserProfile byName = users.getUserProfile(typed.trim());
        if (byName != null && byName.getUserKey() != null) {
            return Optional.of(UserKey.of(byName.getUserKey().getStringValue()));
        }
        return People.super.named(typed);
    }

    @Override
    public Optional<String> displayName(UserKey user) {
        UserProfile profile = users.getUserProfile(new com.atlassian.sal.api.user.UserKey(user.value()));
        return Optional.ofNullable(profile).map(UserProfile::getFullName);
    }
}
