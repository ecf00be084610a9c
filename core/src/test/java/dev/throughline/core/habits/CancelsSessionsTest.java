package dev.throughline.core.habits;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.NOW;
import static dev.throughline.core.habits.HabitFixture.at;
import static dev.throughline.core.habits.HabitFixture.cancelledOn;
import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.heldOn;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.HabitFixture.on;
import static dev.throughline.core.habits.HabitFixture.scheduled;
import static dev.throughline.core.habits.ManagerHabit.CANCELS_SESSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CancelsSessionsTest {

    private static final String IN_A_ROW = "habit.cancels-sessions.evidence.in-a-row";
    private static final String MOVED_WEEK = "habit.cancels-sessions.evidence.moved-week";
    private static final LocalDate FEB_2 = LocalDate.of(2026, 2, 2);

    private static LocalDate week(int n) {
        return FEB_2.plusWeeks(n);
    }

    /** A session moved from {@code from} to {@code to}, the move made at {@code movedAt}. */
    private static Session rescheduled(long id, Instant from, Instant to, Instant movedAt) {
        return scheduled(id, from).reschedule(to, movedAt);
    }

    private static List<HabitWarning> withKey(List<HabitWarning> warnings, String key) {
        return warnings.stream().filter(warning -> warning.evidenceKey().equals(key)).toList();
    }

    @Test
    void twoCancellationsInARowAreFine() {
        assertEquals(List.of(), detect(history(heldOn(1, week(0)), cancelledOn(2, week(1)), cancelledOn(3, week(2))),
                CANCELS_SESSIONS));
    }

    @Test
    void warnsAfterThirdCancellationInARow() {
        List<HabitWarning> warnings = detect(history(heldOn(1, week(0)), cancelledOn(2, week(1)),
                cancelledOn(3, week(2)), cancelledOn(4, week(3))), CANCELS_SESSIONS);

        assertEquals(1, warnings.size());
        HabitWarning warning = warnings.get(0);
        assertEquals(IN_A_ROW, warning.evidenceKey());
        assertEquals(0, warning.sessionId());
        assertEquals("3 one-on-ones in a row were cancelled: 2026-02-09, 2026-02-16, 2026-02-23.",
                warning.evidence(BundleMessages.english()));
    }

    @Test
    void aHeldSessionBreaksTheRun() {
        assertEquals(List.of(), detect(history(cancelledOn(1, week(0)), cancelledOn(2, week(1)), heldOn(3, week(2)),
                cancelledOn(4, week(3))), CANCELS_SESSIONS));
    }

    @Test
    void holdingASessionAfterTheRunClearsTheWarning() {
        assertEquals(List.of(), detect(history(cancelledOn(1, week(0)), cancelledOn(2, week(1)),
                cancelledOn(3, week(2)), heldOn(4, week(3))), CANCELS_SESSIONS));
    }

    @Test
    void rescheduledAndScheduledSessionsNeitherCountNorBreakTheRun() {
        Instant longAgo = on(week(0)).minus(Duration.ofDays(3));
        Session movedSameWeek = rescheduled(3, on(week(1).plusDays(1)), on(week(1).plusDays(2)), longAgo);
        Session stillScheduled = scheduled(5, on(week(2).plusDays(1)));

        List<HabitWarning> warnings = detect(history(cancelledOn(1, week(0)), cancelledOn(2, week(1)), movedSameWeek,
                stillScheduled, cancelledOn(6, week(3))), CANCELS_SESSIONS);

        assertEquals(1, warnings.size());
        assertEquals(List.of(3, List.of(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-09"),
                LocalDate.parse("2026-02-23"))), warnings.get(0).evidenceArgs());
    }

    @Test
    void theRunFollowsTheScheduledOrderNotTheIds() {
        List<HabitWarning> warnings = detect(history(cancelledOn(9, week(0)), heldOn(1, week(1)),
                cancelledOn(2, week(2)), cancelledOn(3, week(3))), CANCELS_SESSIONS);
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest(name = "{0} -> {1}: warns {2}")
    @CsvSource({
            "2026-03-09T10:00, 2026-03-13T16:00, false", // Monday to Friday
            "2026-03-09T00:30, 2026-03-15T23:30, false", // first to last hour of one ISO week
            "2026-03-15T23:30, 2026-03-16T00:30, true",  // Sunday night to Monday morning
            "2026-03-13T10:00, 2026-03-20T10:00, true",  // a week later
            "2026-03-16T10:00, 2026-03-11T10:00, true"   // moved earlier, into the week before
    })
    void warnsWhenASessionIsRescheduledIntoAnotherWeek(LocalDateTime from, LocalDateTime to, boolean warns) {
        Session moved = rescheduled(4, at(from), at(to), NOW);
        List<HabitWarning> warnings = detect(history(moved), CANCELS_SESSIONS);
        assertEquals(warns, !warnings.isEmpty());
    }

    @Test
    void weeksAreCountedInTheClocksZone() {
        // 22:30 and 23:30 UTC on a Sunday: the same week in UTC, Sunday and Monday in Berlin.
        Session moved = rescheduled(4, Instant.parse("2026-03-15T22:30:00Z"), Instant.parse("2026-03-15T23:30:00Z"),
                NOW);
        HabitWarning warning = detect(history(moved), CANCELS_SESSIONS).get(0);
        assertEquals(List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 16)), warning.evidenceArgs());
    }

    @Test
    void reschedulingEvidenceNamesTheSessionAndBothDates() {
        Session moved = rescheduled(4, at(LocalDateTime.parse("2026-03-13T10:00")),
                at(LocalDateTime.parse("2026-03-17T10:00")), NOW.minus(Duration.ofDays(2)));
        HabitWarning warning = detect(history(moved), CANCELS_SESSIONS).get(0);

        assertEquals(MOVED_WEEK, warning.evidenceKey());
        assertEquals(4, warning.sessionId());
        assertEquals("The one-on-one of 2026-03-13 was moved to 2026-03-17, into another week.",
                warning.evidence(BundleMessages.english()));
    }

    @ParameterizedTest(name = "moved {0} days ago: counts {1}")
    @CsvSource({"1, true", "27, true", "28, true", "29, false", "90, false"})
    void onlyReschedulesOfTheLastFourWeeksCount(int daysAgo, boolean counts) {
        Instant movedAt = NOW.minus(Duration.ofDays(daysAgo));
        Session moved = rescheduled(4, movedAt.plus(Duration.ofDays(1)), movedAt.plus(Duration.ofDays(8)), movedAt);
        assertEquals(counts, !withKey(detect(history(moved), CANCELS_SESSIONS), MOVED_WEEK).isEmpty());
    }

    @Test
    void runAndReschedulesAreOrderedByDate() {
        Session moved = rescheduled(7, on(LocalDate.of(2026, 2, 20)), on(LocalDate.of(2026, 3, 2)),
                NOW.minus(Duration.ofDays(20)));
        List<HabitWarning> warnings = detect(history(cancelledOn(1, week(0)), cancelledOn(2, week(1)),
                cancelledOn(3, week(3)), moved), CANCELS_SESSIONS);

        assertEquals(List.of(MOVED_WEEK, IN_A_ROW), warnings.stream().map(HabitWarning::evidenceKey).toList());
    }
}
