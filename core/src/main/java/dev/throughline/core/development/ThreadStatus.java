package dev.throughline.core.development;

import java.util.Locale;

public enum ThreadStatus {
    ACTIVE, ACHIEVED, PARKED;

    public String i18nKey() {
        return "thread.status." + name().toLowerCase(Locale.ROOT);
    }
}
