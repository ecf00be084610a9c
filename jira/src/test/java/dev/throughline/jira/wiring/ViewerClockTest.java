package dev.throughline.jira.wiring;

import dev.throughline.core.DomainException;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The services' clock tells the time in the zone of whoever the request is for. */
class ViewerClockTest {

    /** Monday 30 November, 03:00 on the server (UTC): still Sunday 29 November, 17:00 in Honolulu. */
    private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

    @Test
    void todayIsTheViewersWhateverTheServersZone() {
        AtomicReference<ZoneId> viewer = new AtomicReference<>(HONOLULU);
        Clock clock = new ViewerClock(Clock.fixed(NOW, ZoneOffset.UTC), viewer::get);

        assertEquals(NOW, clock.instant());
        assertEquals(LocalDate.parse("2026-11-29"), LocalDate.now(clock));
        viewer.set(ZoneId.of("Pacific/Auckland"));
        assertEquals(LocalDate.parse("2026-11-30"), LocalDate.now(clock), "the next request, another viewer");
        assertEquals(ZoneOffset.UTC, clock.withZone(ZoneOffset.UTC).getZone());
    }

    @Test
    void aSessionLaterTodayForTheViewerIsNotInThePastThoughTheServersDayHasTurned() {
        Instant sundayEveningInHonolulu = Instant.parse("2026-11-30T05:00:00Z");
        Clock server = Clock.fixed(NOW, ZoneOffset.UTC);
        Clock viewer = new ViewerClock(server, () -> HONOLULU);

        assertEquals("error.session.past", assertThrows(DomainException.class,
                () -> Session.schedule(1, Instant.parse("2026-11-29T20:00:00Z"), server)).key(),
                "on the server's day the viewer's Sunday is already over");
        assertEquals(sundayEveningInHonolulu,
                Session.schedule(1, sundayEveningInHonolulu, viewer).scheduledAt());
        assertEquals("error.session.past", assertThrows(DomainException.class,
                () -> Session.schedule(1, Instant.parse("2026-11-29T05:00:00Z"), viewer)).key(),
                "Saturday in Honolulu is past for them too");
    }
}
