package dev.throughline.core.habits;

import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The moment habits are judged at, read once from the clock so every rule sees the same time. */
record Now(Instant instant, ZoneId zone) {

    static Now of(Clock clock) {
        return new Now(clock.instant(), clock.getZone());
    }

    LocalDate today() {
        return date(instant);
    }

    LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The day the session was scheduled for. */
    LocalDate dateOf(Session session) {
        return session.date(zone);
    }
}
