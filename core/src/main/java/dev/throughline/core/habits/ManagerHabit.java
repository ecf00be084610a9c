package dev.throughline.core.habits;

import java.util.Locale;

/** The five habits that quietly undo one-on-ones, in the order warnings about them are shown. */
public enum ManagerHabit {
    /** The manager does most of the talking. */
    TALKS_TOO_MUCH,
    /** The development conversation is skipped, or its review date slips by. */
    AVOIDS_HARD_TOPICS,
    /** Sessions get cancelled in a row, or pushed into another week. */
    CANCELS_SESSIONS,
    /** The session turns into handing out work to the report. */
    ASSIGNS_WORK,
    /** No notes, or no recap the day after. */
    SKIPS_NOTES;

    /** Lower-case id used in URLs and i18n keys: {@code talks-too-much}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String nameKey() {
        return "habit." + id() + ".name";
    }

    /** What to do instead. */
    public String adviceKey() {
        return "habit." + id() + ".advice";
    }
}
