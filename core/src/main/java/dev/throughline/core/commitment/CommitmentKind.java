package dev.throughline.core.commitment;

import java.util.Locale;

/** What a commitment is for. */
public enum CommitmentKind {
    /** The agreed next step of a development thread. */
    DEVELOPMENT_STEP,
    /** The manager's promise to come back on a blocker ("let me get back to you by Thursday"). */
    BLOCKER_FOLLOW_UP,
    /** Anything else agreed in the session. */
    OTHER;

    public String i18nKey() {
        return "commitment.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
