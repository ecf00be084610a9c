package dev.throughline.core.habits;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Sessions and histories for the habit tests, judged on Tuesday 2026-03-10 at 13:00 in Berlin. */
final class HabitFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    static final Pairing PAIRING = pairing(1, "raj");

    private HabitFixture() {
    }

    static Pairing pairing(long id, String report) {
        return new Pairing(id, UserKey.of("mia"), UserKey.of(report), LocalDate.of(2024, 1, 8), null, false, null);
    }

    static Instant at(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    static Instant on(LocalDate date) {
        return at(date.atTime(10, 0));
    }

    /** A session scheduled at {@code at}, not yet held. */
    static Session scheduled(long id, Instant at) {
        return Session.scheduled(PAIRING.id(), at).withId(id);
    }

    /** A session run from {@code at} with notes in every segment, not yet held. */
    static Session run(long id, Instant at) {
        return scheduled(id, at)
                .openSegment(Segment.PROGRESS_CHECK, at)
                .recordNotes(Segment.PROGRESS_CHECK, "Shipped the importer.")
                .openSegment(Segment.BLOCKER_CLEARING, at.plus(Duration.ofMinutes(8)))
                .recordNotes(Segment.BLOCKER_CLEARING, "Waiting on access to staging.")
                .openSegment(Segment.DEVELOPMENT_THREAD, at.plus(Duration.ofMinutes(16)))
                .recordNotes(Segment.DEVELOPMENT_THREAD, "Practised the design review summary.");
    }

    /** A well-run session: notes everywhere, held 30 minutes after it started, with its recap written. */
    static Session held(long id, Instant at) {
        return run(id, at).hold(at.plus(Duration.ofMinutes(30)))
                .withRecap(Recap.parse("Discussed the importer.\nNext steps: staging access."));
    }

    static Session heldOn(long id, LocalDate date) {
        return held(id, on(date));
    }

    static Session cancelledOn(long id, LocalDate date) {
        return scheduled(id, on(date)).cancel(on(date).minus(Duration.ofDays(1)));
    }

    static PairingHistory history(Session... sessions) {
        return history(List.of(sessions), List.of(), List.of());
    }

    static PairingHistory history(List<Session> sessions, List<Commitment> commitments,
                                  List<DevelopmentThread> threads) {
        return new PairingHistory(PAIRING, sessions, commitments, threads);
    }

    static List<HabitWarning> detect(PairingHistory history) {
        return new HabitDetector(CLOCK).detect(history);
    }

    static List<HabitWarning> detect(PairingHistory history, ManagerHabit habit) {
        return detect(history).stream().filter(warning -> warning.habit() == habit).toList();
    }
}
