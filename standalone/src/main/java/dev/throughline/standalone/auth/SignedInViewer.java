package dev.throughline.standalone.auth;

import dev.throughline.core.people.UserKey;
import dev.throughline.web.Viewer;

import java.util.Optional;

/** The signed-in user of the request being served; {@link SignInFilter} sets it for the request's duration. */
public final class SignedInViewer implements Viewer {

    private final ThreadLocal<UserKey> current = new ThreadLocal<>();

    @Override
    public Optional<UserKey> current() {
        return Optional.ofNullable(current.get());
    }

    void set(UserKey user) {
        current.set(user);
    }

    void clear() {
        current.remove();
    }
}
