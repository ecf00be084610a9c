package dev.throughline.core.session;

import dev.throughline.core.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.throughline.core.session.Segment.BLOCKER_CLEARING;
import static dev.throughline.core.session.Segment.DEVELOPMENT_THREAD;
import static dev.throughline.core.session.Segment.PROGRESS_CHECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {

    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    private static Session fresh() {
        return Session.schedule(7, NINE, CLOCK);
    }

    private static Instant minutes(int m) {
        return NINE.plus(Duration.ofMinutes(m));
    }

    @Test
    void everySessionHasTheThreeSegmentsInFixedOrder() {
        Session session = fresh();
        assertEquals(3, session.segments().size());
        assertEquals(PROGRESS_CHECK, session.segments().get(0).segment());
        assertEquals(BLOCKER_CLEARING, session.segments().get(1).segment());
        assertEquals(DEVELOPMENT_THREAD, session.segments().get(2).segment());
        assertEquals(SessionState.SCHEDULED, session.state());
    }

    @Test
    void segmentsCarryTheirTimeBoxes() {
        assertEquals(new TimeBox(5, 10), PROGRESS_CHECK.timeBox());
        assertEquals(new TimeBox(5, 10), BLOCKER_CLEARING.timeBox());
        assertEquals(new TimeBox(10, 15), DEVELOPMENT_THREAD.timeBox());
    }

    @Test
    void cannotOpenASegmentBeforeThePreviousOne() {
        DomainException e = assertThrows(DomainException.class,
                () -> fresh().openSegment(BLOCKER_CLEARING, NINE));
        assertEquals("error.segment.order", e.key());
        assertEquals("Open Progress Check before Blocker Clearing: the segments run in order.", e.getMessage());

        Session progressOpen = fresh().openSegment(PROGRESS_CHECK, NINE);
        assertThrows(DomainException.class, () -> progressOpen.openSegment(DEVELOPMENT_THREAD, minutes(5)));
    }

    @Test
    void aSegmentOpensOnlyOnce() {
        Session session = fresh().openSegment(PROGRESS_CHECK, NINE).openSegment(BLOCKER_CLEARING, minutes(6));
        DomainException e = assertThrows(DomainException.class, () -> session.openSegment(PROGRESS_CHECK, minutes(7)));
        assertEquals("error.segment.already.opened", e.key());
    }

    @Test
    void openingTheNextSegmentCountsTheTimeOfThePreviousOne() {
        Session session = fresh()
                .openSegment(PROGRESS_CHECK, NINE)
                .openSegment(BLOCKER_CLEARING, minutes(7))
                .openSegment(DEVELOPMENT_THREAD, minutes(15));
        assertEquals(7, session.segment(PROGRESS_CHECK).actualMinutes());
        assertEquals(8, session.segment(BLOCKER_CLEARING).actualMinutes());
        assertNull(session.segment(DEVELOPMENT_THREAD).actualMinutes());
        assertEquals(DEVELOPMENT_THREAD, session.currentSegment().orElseThrow());

        Session held = session.hold(minutes(27));
        assertEquals(12, held.segment(DEVELOPMENT_THREAD).actualMinutes());
        assertTrue(held.currentSegment().isEmpty());
    }

    @Test
    void flagsSegmentsFarOutsideTheirBox() {
        Session held = fresh()
                .openSegment(PROGRESS_CHECK, NINE)
                .openSegment(BLOCKER_CLEARING, minutes(2))
                .openSegment(DEVELOPMENT_THREAD, minutes(9))
                .hold(minutes(40));
        assertEquals(TimeBox.Fit.FAR_UNDER, held.segment(PROGRESS_CHECK).fit().orElseThrow());
        assertEquals(TimeBox.Fit.WITHIN, held.segment(BLOCKER_CLEARING).fit().orElseThrow());
        assertEquals(TimeBox.Fit.FAR_OVER, held.segment(DEVELOPMENT_THREAD).fit().orElseThrow());
        assertTrue(held.segment(DEVELOPMENT_THREAD).fit().orElseThrow().far());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 61, -5})
    void plannedMinutesStayWithinAnHour(int minutes) {
        DomainException e = assertThrows(DomainException.class, () -> fresh().planMinutes(PROGRESS_CHECK, minutes));
        assertEquals("plannedMinutes", e.field().orElseThrow());
    }

    @Test
    void theSplitIsFlexible() {
        Session planned = fresh().planMinutes(PROGRESS_CHECK, 3).planMinutes(DEVELOPMENT_THREAD, 20);
        assertEquals(3, planned.segment(PROGRESS_CHECK).plannedMinutes());
        assertEquals(20, planned.segment(DEVELOPMENT_THREAD).plannedMinutes());
        assertEquals(5, planned.segment(BLOCKER_CLEARING).plannedMinutes());
    }

    @Test
    void notesNeedAnOpenedSegment() {
        DomainException e = assertThrows(DomainException.class, () -> fresh().recordNotes(BLOCKER_CLEARING, "x"));
        assertEquals("error.segment.not.opened", e.key());
        Session session = fresh().openSegment(PROGRESS_CHECK, NINE).recordNotes(PROGRESS_CHECK, "  shipped the API  ");
        assertEquals("shipped the API", session.segment(PROGRESS_CHECK).notes());
    }

    @Test
    void blankNotesCountAsNoNotes() {
        Session session = fresh().openSegment(PROGRESS_CHECK, NINE).recordNotes(PROGRESS_CHECK, " \n\t ");
        assertFalse(session.segment(PROGRESS_CHECK).hasNotes());
        assertTrue(session.segment(PROGRESS_CHECK).skippedOrEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = {"HELD", "CANCELLED", "RESCHEDULED"})
    void onlyAScheduledSessionChangesState(SessionState state) {
        Session done = switch (state) {
            case HELD -> fresh().hold(NINE);
            case CANCELLED -> fresh().cancel(NINE);
            default -> fresh().reschedule(minutes(60 * 24), NINE);
        };
        assertEquals(state, done.state());
        assertThrows(DomainException.class, () -> done.hold(minutes(1)));
        assertThrows(DomainException.class, () -> done.cancel(minutes(1)));
        assertThrows(DomainException.class, () -> done.reschedule(minutes(60 * 48), minutes(1)));
        assertThrows(DomainException.class, () -> done.openSegment(PROGRESS_CHECK, minutes(1)));
    }

    @Test
    void illegalTransitionExplainsItselfInPlainWords() {
        DomainException e = assertThrows(DomainException.class, () -> fresh().cancel(NINE).hold(NINE));
        assertEquals("This session is already cancelled; it cannot change state again.", e.getMessage());
        assertEquals("state", e.field().orElseThrow());
    }

    @Test
    void rescheduleRecordsTheNewTime() {
        Session moved = fresh().reschedule(minutes(120), NINE);
        assertEquals(SessionState.RESCHEDULED, moved.state());
        assertEquals(minutes(120), moved.rescheduledTo());
        assertEquals(NINE, moved.stateChangedAt());
    }

    @Test
    void cannotRescheduleIntoThePastOrToTheSameTime() {
        assertEquals("error.session.past",
                assertThrows(DomainException.class, () -> fresh().reschedule(minutes(-5), NINE)).key());
        assertEquals("error.session.reschedule.same",
                assertThrows(DomainException.class, () -> fresh().reschedule(NINE, minutes(-60))).key());
    }

    @Test
    void aSessionIsScheduledAndMovedWithinTheNextYearOnly() {
        Session inAYear = Session.schedule(7, Instant.parse("2027-11-29T09:00:00Z"), CLOCK);
        assertEquals(SessionState.SCHEDULED, inAYear.state());
        DomainException tooFar = assertThrows(DomainException.class,
                () -> Session.schedule(7, Instant.parse("2027-11-30T09:00:00Z"), CLOCK));
        assertEquals("error.session.too.far", tooFar.key());
        assertEquals("scheduledAt", tooFar.field().orElseThrow());
        // an instant past what a date column holds is refused the same way, not an overflow further on
        assertEquals("error.session.too.far", assertThrows(DomainException.class,
                () -> Session.schedule(7, Instant.parse("+999999999-01-01T00:00:00Z"), CLOCK)).key());
        DomainException movedTooFar = assertThrows(DomainException.class,
                () -> fresh().reschedule(Instant.parse("+999999999-01-01T00:00:00Z"), NINE));
        assertEquals("rescheduledTo", movedTooFar.field().orElseThrow());
        assertEquals("error.session.too.far", movedTooFar.key());
        assertEquals(SessionState.RESCHEDULED, fresh().reschedule(Instant.parse("2027-11-30T08:00:00Z"), NINE)
                .state());
    }

    @Test
    void cannotScheduleBeforeToday() {
        Instant yesterday = Instant.parse("2026-11-28T09:00:00Z");
        DomainException e = assertThrows(DomainException.class, () -> Session.schedule(7, yesterday, CLOCK));
        assertEquals("scheduledAt", e.field().orElseThrow());
        Session today = Session.schedule(7, Instant.parse("2026-11-29T08:00:00Z"), CLOCK);
        assertEquals(SessionState.SCHEDULED, today.state());
    }

    @Test
    void recapOnlyForAHeldSessionAndFrozenOnceSent() {
        Recap recap = Recap.parse("Discussed the launch.\nNext steps: Alex drafts the plan.");
        assertThrows(DomainException.class, () -> fresh().withRecap(recap));

        Session sent = fresh().openSegment(PROGRESS_CHECK, NINE).hold(minutes(30)).withRecap(recap)
                .markRecapSent(minutes(40));
        assertEquals(minutes(40), sent.recapSentAt());
        assertEquals("error.session.recap.sent",
                assertThrows(DomainException.class, () -> sent.withRecap(recap)).key());
        assertThrows(DomainException.class, () -> sent.recordNotes(PROGRESS_CHECK, "late edit"));
        assertThrows(DomainException.class, () -> sent.markRecapSent(minutes(50)));
    }

    @Test
    void cannotSendAMissingRecap() {
        Session held = fresh().hold(NINE);
        assertEquals("error.recap.missing", assertThrows(DomainException.class, () -> held.markRecapSent(NINE)).key());
    }

    @Test
    void notesOfAHeldSessionCanStillBeCompleted() {
        Session held = fresh().openSegment(PROGRESS_CHECK, NINE).hold(minutes(10))
                .recordNotes(DEVELOPMENT_THREAD, "talked about ownership");
        assertEquals("talked about ownership", held.segment(DEVELOPMENT_THREAD).notes());
    }

    @Test
    void talkTimeAccumulates() {
        Session session = fresh().recordTalk(new TalkTime(60, 120)).recordTalk(new TalkTime(30, 0));
        assertEquals(new TalkTime(90, 120), session.talkTime());
        assertEquals(43, session.talkTime().managerSharePercent());
        assertEquals(41, new TalkTime(4004, 5996).managerSharePercent(), "just over 40% never shows as 40%");
        assertEquals(40, new TalkTime(400, 600).managerSharePercent());
        assertEquals(40, new TalkTime(3996, 6004).managerSharePercent(), "39.96% is not over the limit");
        assertThrows(DomainException.class, () -> new TalkTime(-1, 0));
    }

    @Test
    void talkTimeIsAtMostADayASideAndNeverOverflows() {
        Session day = fresh().recordTalk(new TalkTime(TalkTime.MAX_SECONDS, 0));
        assertEquals("error.talk.too.long",
                assertThrows(DomainException.class, () -> day.recordTalk(new TalkTime(1, 0))).key());
        assertEquals("error.talk.too.long", assertThrows(DomainException.class,
                () -> new TalkTime(Long.MAX_VALUE, 1)).key());
    }

    @Test
    void whatWasSaidIsClosedOnceTheRecapWasSent() {
        Session held = fresh().openSegment(PROGRESS_CHECK, NINE).hold(minutes(30));
        assertTrue(held.isEditable());
        Session talked = held.recordTalk(new TalkTime(0, 600));
        assertEquals(600, talked.talkTime().reportSeconds(), "a held session's talk time may still be corrected");
        Session sent = talked.withRecap(Recap.parse("Discussed the launch.")).markRecapSent(minutes(40));
        assertFalse(sent.isEditable());
        DomainException e = assertThrows(DomainException.class, () -> sent.recordTalk(new TalkTime(0, 1_000)));
        assertEquals("error.session.recap.sent", e.key());
        assertEquals("talkTime", e.field().orElseThrow());
        assertFalse(fresh().cancel(NINE).isEditable());
        assertEquals("error.session.not.editable", assertThrows(DomainException.class,
                () -> fresh().cancel(NINE).requireEditable("text")).key());
    }

    @Test
    void segmentIdsRoundTrip() {
        for (Segment segment : Segment.values()) {
            assertEquals(segment, Segment.fromId(segment.id()).orElseThrow());
        }
        assertTrue(Segment.fromId("nope").isEmpty());
        assertEquals("development-thread", DEVELOPMENT_THREAD.id());
    }
}
