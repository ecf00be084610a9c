package dev.throughline.core.script;

import java.util.Locale;
import java.util.Optional;

/** The names a script template may use, written {@code [[name]]} in the bundle. */
public enum Placeholder {
    REPORT, FOCUS, COMMITMENT, DUE, SKILL, GAP, GOOD, STEP, REVIEW, OBSERVATION;

    /** The name as written in templates: {@code focus}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The i18n key of the label a blank shows when there is no data: {@code script.blank.focus}. */
    public String blankKey() {
        return "script.blank." + id();
    }

    public static Optional<Placeholder> fromId(String id) {
        for (Placeholder placeholder : values()) {
            if (placeholder.id().equals(id)) {
                return Optional.of(placeholder);
            }
        }
        return Optional.empty();
    }
}
