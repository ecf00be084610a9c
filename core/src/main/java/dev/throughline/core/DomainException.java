package dev.throughline.core;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the method was broken by a request. Carries an i18n key (so every edge can show the message in
 * the viewer's language) and, when one input is at fault, the name of that field. REST maps it to a 4xx
 * response {@code {"error": "...", "field": "..."}}.
 */
public class DomainException extends RuntimeException {

    private final String key;
    private final String field;
    private final Object[] args;

    public DomainException(String key, String field, Object... args) {
        super(BundleMessages.english().get(key, args));
        this.key = Objects.requireNonNull(key, "key");
        this.field = field;
        this.args = args.clone();
    }

    /** The i18n key of the message. */
    public String key() {
        return key;
    }

    /** The input at fault, if one is. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.get(key, args);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + ", field=" + field + ", args=" + Arrays.toString(args) + "]";
    }
}
