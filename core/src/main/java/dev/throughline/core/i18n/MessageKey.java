package dev.throughline.core.i18n;

/** A message argument that is itself an i18n key, resolved in the same language as the message. */
public record MessageKey(String key) {

    public static MessageKey of(String key) {
        return new MessageKey(key);
    }
}
