package dev.throughline.core.people;

import dev.throughline.core.DomainException;

/** A host user's stable key (Jira/Confluence user key, sandbox user name). Never a display name. */
public record UserKey(String value) {

    public UserKey {
        if (value == null || value.isBlank()) {
            throw new DomainException("error.user.required", "user");
        }
        value = value.strip();
    }

    public static UserKey of(String value) {
        return new UserKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
