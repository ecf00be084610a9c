package dev.throughline.core.service;

import dev.throughline.core.people.UserKey;

import java.util.Optional;

/** The host's users: Jira's user manager, or the sandbox's own accounts. */
public interface People {

    /** The user's display name, when the user exists. */
    Optional<String> displayName(UserKey user);

    /** The display name, or the key itself for a user the host no longer knows (e.g. an erased one). */
    default String nameOf(UserKey user) {
        return displayName(user).orElse(user.value());
    }
}
