package dev.throughline.core.cadence;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CadencePlannerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 6);

    private final CadencePlanner planner = new CadencePlanner(CLOCK);

    private static Pairing pairing(long id, String report, LocalDate teamStart, LocalDate roleStart,
                                   Cadence override) {
        return new Pairing(id, UserKey.of("mia"), UserKey.of(report), teamStart, roleStart, false, override);
    }

    private static Pairing experienced(long id, String report) {
        return pairing(id, report, LONG_AGO, null, null);
    }

    private static Session heldOn(LocalDate date) {
        Instant at = date.atTime(10, 0).atZone(ZONE).toInstant();
        return Session.scheduled(1, at).withId(date.toEpochDay()).hold(at.plusSeconds(1800));
    }

    private static Session scheduledOn(LocalDate date) {
        return Session.scheduled(1, date.atTime(10, 0).atZone(ZONE).toInstant()).withId(date.toEpochDay());
    }

    private static PairingHistory history(Pairing pairing, Session... sessions) {
        return new PairingHistory(pairing, List.of(sessions), List.of(), List.of());
    }

    @ParameterizedTest(name = "joined {0}: {1} ({2})")
    @CsvSource({
            "2025-03-11, WEEKLY, cadence.reason.first-year",   // one day short of 12 months
            "2025-03-10, BIWEEKLY, cadence.reason.experienced", // exactly 12 months
            "2025-09-01, WEEKLY, cadence.reason.first-year",
            "2026-03-10, WEEKLY, cadence.reason.first-year",    // joined today
            "2020-01-06, BIWEEKLY, cadence.reason.experienced"
    })
    void weeklyDuringTheFirstTwelveMonthsOnTheTeamThenBiweekly(LocalDate teamStart, Cadence expected,
                                                               String reason) {
        CadenceSuggestion suggestion = planner.suggest(pairing(1, "raj", teamStart, null, null));
        assertEquals(new CadenceSuggestion(expected, reason), suggestion);
    }

    @ParameterizedTest(name = "new role since {0}: {1}")
    @CsvSource({
            "2025-03-11, WEEKLY, cadence.reason.new-role",
            "2025-03-10, BIWEEKLY, cadence.reason.experienced",
            "2026-01-05, WEEKLY, cadence.reason.new-role"
    })
    void aNewRoleRestartsTheWeeklyClock(LocalDate roleStart, Cadence expected, String reason) {
        CadenceSuggestion suggestion = planner.suggest(pairing(1, "raj", LONG_AGO, roleStart, null));
        assertEquals(new CadenceSuggestion(expected, reason), suggestion);
    }

    @Test
    void theManagersOverrideWinsOverTheSuggestion() {
        Pairing newcomer = pairing(1, "raj", TODAY.minusMonths(2), null, Cadence.BIWEEKLY);
        Pairing veteran = pairing(2, "ann", LONG_AGO, null, Cadence.WEEKLY);

        assertEquals(Cadence.WEEKLY, planner.suggest(newcomer).cadence());
        assertEquals(Cadence.BIWEEKLY, planner.effective(newcomer));
        assertEquals(Cadence.WEEKLY, planner.effective(veteran));

        CadenceStatus status = planner.status(history(newcomer));
        assertTrue(status.overridden());
        assertEquals(Cadence.BIWEEKLY, status.effective());
        assertEquals(Cadence.WEEKLY, status.suggestion().cadence());
    }

    @Test
    void withoutOverrideTheSuggestionIsInForce() {
        CadenceStatus status = planner.status(history(experienced(1, "raj")));
        assertFalse(status.overridden());
        assertEquals(Cadence.BIWEEKLY, status.effective());
    }

    @ParameterizedTest(name = "last held {0} with {1}: due {2}")
    @CsvSource({
            "2026-03-01, WEEKLY, 2026-03-08",
            "2026-03-01, BIWEEKLY, 2026-03-15",
            "2026-02-24, BIWEEKLY, 2026-03-10"
    })
    void nextDueIsTheLastHeldSessionPlusTheEffectiveInterval(LocalDate lastHeld, Cadence cadence, LocalDate due) {
        Pairing pairing = pairing(1, "raj", LONG_AGO, null, cadence);
        CadenceStatus status = planner.status(history(pairing, heldOn(lastHeld.minusDays(7)), heldOn(lastHeld)));
        assertEquals(Optional.of(lastHeld), status.lastHeld());
        assertEquals(due, status.nextDue());
    }

    @Test
    void nextDueIsTodayWhenNoSessionWasEverHeld() {
        CadenceStatus status = planner.status(history(experienced(1, "raj")));
        assertEquals(Optional.empty(), status.lastHeld());
        assertEquals(TODAY, status.nextDue());
        assertFalse(status.overdue());
    }

    @Test
    void lastHeldIsTheSessionDateInTheClocksZone() {
        Instant lateSundayUtcIsMondayInBerlin = Instant.parse("2026-03-01T23:30:00Z");
        Session held = Session.scheduled(1, lateSundayUtcIsMondayInBerlin).withId(5)
                .hold(lateSundayUtcIsMondayInBerlin.plusSeconds(1800));
        CadenceStatus status = planner.status(history(experienced(1, "raj"), held));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), status.lastHeld());
    }

    @ParameterizedTest(name = "last held {0}, weekly: overdue {1}")
    @CsvSource({
            "2026-03-02, true",  // due 03-09, yesterday
            "2026-03-03, false", // due today
            "2026-03-06, false"
    })
    void overdueWhenTheNextOneOnOneWasDueBeforeTodayAndNothingIsScheduled(LocalDate lastHeld, boolean overdue) {
        Pairing weekly = pairing(1, "raj", LONG_AGO, null, Cadence.WEEKLY);
        assertEquals(overdue, planner.status(history(weekly, heldOn(lastHeld))).overdue());
    }

    @Test
    void aScheduledSessionMeansNotOverdue() {
        Pairing weekly = pairing(1, "raj", LONG_AGO, null, Cadence.WEEKLY);
        LocalDate next = TODAY.plusDays(3);
        CadenceStatus status = planner.status(history(weekly, heldOn(TODAY.minusDays(20)), scheduledOn(next)));
        assertEquals(TODAY.minusDays(13), status.nextDue());
        assertEquals(Optional.of(next), status.nextScheduled());
        assertFalse(status.overdue());
    }

    @Test
    void teamOverviewListsOnlyOverduePairingsLongestOverdueFirst() {
        PairingHistory slightly = history(experienced(1, "ann"), heldOn(TODAY.minusDays(15)));
        PairingHistory badly = history(experienced(2, "zoe"), heldOn(TODAY.minusDays(40)));
        PairingHistory onTime = history(experienced(3, "bob"), heldOn(TODAY.minusDays(3)));
        PairingHistory scheduled = history(experienced(4, "kai"), heldOn(TODAY.minusDays(40)),
                scheduledOn(TODAY.plusDays(1)));

        List<CadenceStatus> overdue = planner.overdue(List.of(slightly, onTime, badly, scheduled));

        assertEquals(List.of("zoe", "ann"), overdue.stream().map(s -> s.pairing().report().value()).toList());
        assertEquals(TODAY.minusDays(26), overdue.get(0).nextDue());
    }

    @Test
    void everyReasonHasAText() {
        BundleMessages english = BundleMessages.english();
        for (String key : List.of(CadenceSuggestion.FIRST_YEAR, CadenceSuggestion.NEW_ROLE,
                CadenceSuggestion.EXPERIENCED)) {
            assertTrue(english.has(key), key);
        }
    }
}
