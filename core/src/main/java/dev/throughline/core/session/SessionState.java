package dev.throughline.core.session;

/** Scheduled → held | cancelled | rescheduled. Only a scheduled session changes state. */
public enum SessionState {
    SCHEDULED, HELD, CANCELLED, RESCHEDULED;

    public boolean isFinal() {
        return this != SCHEDULED;
    }

    public String i18nKey() {
        return "session.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
