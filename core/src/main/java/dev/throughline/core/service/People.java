package dev.throughline.core.service;

import dev.throughline.core.people.UserKey;

import java.util.Optional;

/** The host's users: Jira's user manager, or the sandbox's own accounts. */
public interface People {

    /** The user's display name, when the user exists. */
    Optional<String> displayName(UserKey user);

    /**
     * The user someone typed, by user name or by key; empty when the host knows no such user. Where names are keys
     * (the sandbox) that is the key itself; Jira looks the name up, since its keys (e.g. {@code JIRAUSER10100}) are
     * not what people type.
     */
    default Optional<UserKey> named(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        UserKey key = UserKey.of(typed.trim());
        return displayName(key).isPresent() ? Optional.of(key) : Optional.empty();
    }

    /** The display name, or the key itself for a user the host no longer knows (e.g. an erased one). */
    default String nameOf(UserKey user) {
        return displayName(user).orElse(user.value());
    }
}
