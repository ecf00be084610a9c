package dev.throughline.core.commitment;

import java.util.Locale;

/** Which side of the pairing owes a commitment. */
public enum Party {
    MANAGER, REPORT;

    public String i18nKey() {
        return "party." + name().toLowerCase(Locale.ROOT);
    }
}
