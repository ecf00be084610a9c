package dev.throughline.core.script;

import dev.throughline.core.DomainException;
import dev.throughline.core.Texts;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptContextTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC);
    static final long PAIRING = 1;
    static final UserKey MANAGER = UserKey.of("maya");
    static final UserKey REPORT = UserKey.of("priya");
    static final Pairing SETTLED = new Pairing(PAIRING, MANAGER, REPORT, LocalDate.of(2024, 1, 8), null, false, null);

    static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    static Session held(long id, LocalDate date, String focus) {
        Instant start = at(date);
        return Session.scheduled(PAIRING, start).withFocus(focus).openSegment(Segment.PROGRESS_CHECK, start)
                .hold(start.plusSeconds(1800)).withId(id);
    }

    static Session cancelled(long id, LocalDate date, String focus) {
        return Session.scheduled(PAIRING, at(date)).withFocus(focus).cancel(at(date).minusSeconds(3600)).withId(id);
    }

    static Session today() {
        return Session.scheduled(PAIRING, at(TODAY)).withId(99);
    }

    static Commitment reportCommitment(long id, String text, LocalDate due) {
        return Commitment.make(PAIRING, 1, LocalDate.of(2026, 10, 1), Party.REPORT, text, due, CommitmentKind.OTHER)
                .withId(id);
    }

    static ScriptContext context(Pairing pairing, List<Session> sessions, List<Commitment> commitments,
                                 List<DevelopmentThread> threads, String observation) {
        PairingHistory history = new PairingHistory(pairing, sessions, commitments, threads);
        return ScriptContext.of(history, today(), "Priya", observation, CLOCK);
    }

    static ScriptContext withCommitments(Commitment... commitments) {
        return context(SETTLED, List.of(), List.of(commitments), List.of(), null);
    }

    @Test
    void previousFocusComesFromTheLastHeldSessionNotACancelledOne() {
        List<Session> sessions = List.of(held(1, TODAY.minusDays(28), "hiring plan"),
                held(2, TODAY.minusDays(14), "the migration plan"),
                cancelled(3, TODAY.minusDays(7), "cancelled topic"), today());
        ScriptContext context = context(SETTLED, sessions, List.of(), List.of(), null);
        assertEquals("the migration plan", context.previousFocus());
        assertEquals("Priya", context.reportName());
    }

    @Test
    void aHeldSessionAfterTheCurrentOneIsNotItsPreviousFocus() {
        Session current = Session.scheduled(PAIRING, at(TODAY.minusDays(14))).withId(50);
        PairingHistory history = new PairingHistory(SETTLED, List.of(held(1, TODAY.minusDays(28), "earlier"),
                current, held(2, TODAY.minusDays(7), "later")), List.of(), List.of());
        assertEquals("earlier", ScriptContext.of(history, current, "Priya", null, CLOCK).previousFocus());
    }

    @Test
    void withoutACurrentSessionTheLastHeldOneGivesTheFocus() {
        PairingHistory history = new PairingHistory(SETTLED, List.of(held(1, TODAY.minusDays(28), "earlier"),
                held(2, TODAY.minusDays(7), "latest")), List.of(), List.of());
        assertEquals("latest", ScriptContext.of(history, null, "Priya", null, CLOCK).previousFocus());
    }

    @Test
    void noPreviousFocusForTheFirstSession() {
        ScriptContext context = context(SETTLED, List.of(cancelled(1, TODAY.minusDays(7), "never held"), today()),
                List.of(), List.of(), null);
        assertNull(context.previousFocus());
    }

    @Test
    void picksTheReportsEarliestMissedCommitmentLowestIdOnATie() {
        LocalDate early = TODAY.minusDays(11);
        Commitment managers = Commitment.make(PAIRING, 1, LocalDate.of(2026, 10, 1), Party.MANAGER,
                "book the training", LocalDate.of(2026, 10, 20), CommitmentKind.OTHER).withId(1);
        Commitment done = reportCommitment(2, "already done", LocalDate.of(2026, 10, 15))
                .complete(LocalDate.of(2026, 10, 14));
        Commitment notYetDue = reportCommitment(3, "not yet due", TODAY.plusDays(3));
        Commitment later = reportCommitment(7, "later miss", TODAY.minusDays(6));
        Commitment tieHigherId = reportCommitment(9, "tie, higher id", early);
        Commitment tieLowerId = reportCommitment(8, "tie, lower id", early);
        ScriptContext context = withCommitments(managers, done, notYetDue, later, tieHigherId, tieLowerId);
        assertEquals("tie, lower id", context.missedCommitment());
        assertEquals(early, context.missedDueDate());
        assertTrue(context.hasMissedCommitment());
    }

    @Test
    void managerOwnedDoneAndNotYetDueCommitmentsAreNotMissed() {
        Commitment followUp = Commitment.blockerFollowUp(PAIRING, 1, LocalDate.of(2026, 10, 1), "ask IT",
                LocalDate.of(2026, 10, 2), null).withId(1);
        Commitment done = reportCommitment(2, "done", LocalDate.of(2026, 10, 15)).complete(LocalDate.of(2026, 10, 20));
        Commitment undated = reportCommitment(3, "no date", null);
        ScriptContext context = withCommitments(followUp, done, undated, reportCommitment(4, "later", TODAY));
        assertNull(context.missedCommitment());
        assertNull(context.missedDueDate());
        assertFalse(context.hasMissedCommitment());
    }

    @ParameterizedTest
    @CsvSource({"-1, true", "0, false", "1, false"})
    void aCommitmentIsMissedOnlyOnceItsDueDateHasPassed(int daysFromToday, boolean missed) {
        ScriptContext context = withCommitments(reportCommitment(1, "send it", TODAY.plusDays(daysFromToday)));
        assertEquals(missed, context.hasMissedCommitment());
    }

    @Test
    void threadFieldsComeFromTheActiveThread() {
        DevelopmentThread parked = DevelopmentThread.start(PAIRING, REPORT, LocalDate.of(2026, 6, 1), "old area",
                null, "old gap", null, null, null, false).withId(1).withStatus(ThreadStatus.PARKED);
        DevelopmentThread active = DevelopmentThread.start(PAIRING, REPORT, LocalDate.of(2026, 5, 1),
                "stakeholder communication", "runs the review alone", "updates arrive late",
                "a one-page update every Friday", "draft the first update", TODAY.plusDays(14), true).withId(2);
        ScriptContext context = context(SETTLED, List.of(), List.of(), List.of(parked, active), null);
        assertEquals("stakeholder communication", context.skill());
        assertEquals("updates arrive late", context.gap());
        assertEquals("a one-page update every Friday", context.whatGoodLooksLike());
        assertEquals("draft the first update", context.nextStep());
        assertEquals(TODAY.plusDays(14), context.reviewDate());
        assertTrue(context.gapFlagged());
    }

    @Test
    void aReviewDateAlreadyPastIsNoDateToCheckBackOn() {
        DevelopmentThread overdue = DevelopmentThread.start(PAIRING, REPORT, LocalDate.of(2026, 5, 1), "area",
                null, "gap", "good", "step", TODAY.minusDays(1), true).withId(2);
        assertNull(context(SETTLED, List.of(), List.of(), List.of(overdue), null).reviewDate(),
                "a blank: the manager agrees a new date");
        DevelopmentThread today = DevelopmentThread.start(PAIRING, REPORT, LocalDate.of(2026, 5, 1), "area",
                null, "gap", "good", "step", TODAY, true).withId(2);
        assertEquals(TODAY, context(SETTLED, List.of(), List.of(), List.of(today), null).reviewDate());
    }

    @Test
    void withoutAnActiveThreadThereIsNoDevelopmentData() {
        DevelopmentThread achieved = DevelopmentThread.start(PAIRING, REPORT, LocalDate.of(2026, 6, 1), "area",
                null, "gap", "good", "step", null, true).withStatus(ThreadStatus.ACHIEVED);
        ScriptContext context = context(SETTLED, List.of(), List.of(), List.of(achieved), null);
        assertNull(context.skill());
        assertNull(context.gap());
        assertNull(context.reviewDate());
        assertFalse(context.gapFlagged());
    }

    @ParameterizedTest
    @CsvSource({"2026-05-15, false", "2026-05-16, false", "2026-05-17, true", "2026-11-16, true"})
    void newInRoleForLessThanSixMonthsInTheTeam(LocalDate teamStart, boolean newInRole) {
        Pairing pairing = new Pairing(PAIRING, MANAGER, REPORT, teamStart, null, false, null);
        assertEquals(newInRole, context(pairing, List.of(), List.of(), List.of(), null).newInRole());
    }

    @Test
    void aNewRoleRestartsTheSixMonths() {
        Pairing pairing = new Pairing(PAIRING, MANAGER, REPORT, LocalDate.of(2020, 1, 6), TODAY.minusMonths(2),
                false, null);
        assertTrue(context(pairing, List.of(), List.of(), List.of(), null).newInRole());
        assertFalse(context(SETTLED, List.of(), List.of(), List.of(), null).newInRole());
    }

    @Test
    void lessConfidentComesFromThePairing() {
        Pairing flagged = new Pairing(PAIRING, MANAGER, REPORT, LocalDate.of(2024, 1, 8), null, true, null);
        assertTrue(context(flagged, List.of(), List.of(), List.of(), null).lessConfident());
        assertFalse(context(SETTLED, List.of(), List.of(), List.of(), null).lessConfident());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blockerObservationFallsBackToTheMissedCommitmentWhenNoneWasTyped(String observation) {
        ScriptContext context = context(SETTLED, List.of(), List.of(reportCommitment(1, "send the Friday update",
                TODAY.minusDays(3))), List.of(), observation);
        assertFalse(context.hasObservation());
        assertEquals(Optional.of("send the Friday update"), context.blockerObservation());
    }

    @Test
    void aTypedObservationWinsOverTheMissedCommitment() {
        ScriptContext context = context(SETTLED, List.of(), List.of(reportCommitment(1, "send the update",
                TODAY.minusDays(3))), List.of(), "the release notes slipped");
        assertTrue(context.hasObservation());
        assertEquals(Optional.of("the release notes slipped"), context.blockerObservation());
    }

    @Test
    void noBlockerObservationWithoutATypedOneOrAMiss() {
        assertEquals(Optional.empty(), context(SETTLED, List.of(), List.of(), List.of(), " ").blockerObservation());
    }

    @Test
    void anOverlongObservationIsRejectedWithItsField() {
        String tooLong = "x".repeat(Texts.SHORT_MAX + 1);
        DomainException e = assertThrows(DomainException.class,
                () -> context(SETTLED, List.of(), List.of(), List.of(), tooLong));
        assertEquals("observation", e.field().orElseThrow());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void blankTextsMeanNoData(String blank) {
        ScriptContext context = new ScriptContext(blank, blank, blank, null, blank, blank, blank, blank, null, blank,
                false, false, false, false);
        assertNull(context.reportName());
        assertNull(context.previousFocus());
        assertFalse(context.hasMissedCommitment());
        assertNull(context.skill());
        assertFalse(context.hasObservation());
    }
}
