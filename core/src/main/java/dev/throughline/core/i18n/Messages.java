package dev.throughline.core.i18n;

/** Resolves i18n keys to text in one language. Every user-visible string goes through it. */
public interface Messages {

    /** The text for {@code key} with {@code args} formatted in (MessageFormat); the key itself when unknown. */
    String get(String key, Object... args);

    /** Whether the key has a text. */
    boolean has(String key);
}
