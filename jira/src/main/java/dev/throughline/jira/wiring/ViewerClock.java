package dev.throughline.jira.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The time as {@code base} tells it, in the time zone of whoever the current request is for: the services' "today"
 * (a due date not in the past, the day a commitment was made, a session not scheduled before today) is the viewer's,
 * as the pages they read show it, not the server's. One Jira serves people in many zones.
 */
final class ViewerClock extends Clock {

    private final Clock base;
    private final Supplier<ZoneId> zone;

    ViewerClock(Clock base, Supplier<ZoneId> zone) {
        this.base = Objects.requireNonNull(base, "base");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    /** Fixed in {@code zone}, whoever the request is for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return base.withZone(zone);
    }

    @Override
    public Instant instant() {
        return base.instant();
    }
}
