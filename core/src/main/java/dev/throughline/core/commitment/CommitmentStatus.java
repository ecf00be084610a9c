package dev.throughline.core.commitment;

import java.util.Locale;

/** Where a commitment stands on a given day. */
public enum CommitmentStatus {
    /** Not done, not yet past due (or without a due date). */
    OPEN,
    DONE,
    /** Past its due date and not done. */
    MISSED;

    public String i18nKey() {
        return "commitment.status." + name().toLowerCase(Locale.ROOT);
    }
}
