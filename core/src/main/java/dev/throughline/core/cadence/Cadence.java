package dev.throughline.core.cadence;

/** How often a pairing meets. */
public enum Cadence {
    WEEKLY(7),
    BIWEEKLY(14);

    private final int intervalDays;

    Cadence(int intervalDays) {
        this.intervalDays = intervalDays;
    }

    public int intervalDays() {
        return intervalDays;
    }

    public String i18nKey() {
        return "cadence." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
