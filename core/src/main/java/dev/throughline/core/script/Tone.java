package dev.throughline.core.script;

import java.util.Locale;
import java.util.Optional;

/**
 * How a segment's script is pitched: standard, soft for a newer or less confident report, firm when a
 * commitment was missed or performance must shift.
 */
public enum Tone {
    STANDARD, SOFT, FIRM;

    /** Lower-case id used in URLs and i18n keys: {@code firm}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tone with this id ({@code firm}, any case), if there is one. */
    public static Optional<Tone> fromId(String id) {
        for (Tone tone : values()) {
            if (tone.id().equalsIgnoreCase(id)) {
                return Optional.of(tone);
            }
        }
        return Optional.empty();
    }

    public String i18nKey() {
        return "tone." + id();
    }
}
