package dev.throughline.web;

import dev.throughline.core.people.UserKey;

import java.util.Optional;

/**
 * Who is asking: the host's signed-in user. Jira answers from its authentication context, the sandbox from its
 * own sign-in. Empty for an anonymous request.
 */
public interface Viewer {

    Optional<UserKey> current();
}
