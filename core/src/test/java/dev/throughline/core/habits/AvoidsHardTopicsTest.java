package dev.throughline.core.habits;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.TODAY;
import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.heldOn;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.HabitFixture.on;
import static dev.throughline.core.habits.HabitFixture.scheduled;
import static dev.throughline.core.habits.ManagerHabit.AVOIDS_HARD_TOPICS;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AvoidsHardTopicsTest {

    private static final String SEGMENT_SKIPPED = "habit.avoids-hard-topics.evidence.segment-skipped";
    private static final String REVIEW_OVERDUE = "habit.avoids-hard-topics.evidence.review-overdue";
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    private static Session heldWithDevelopment(String notes, boolean opened) {
        Instant start = on(MARCH_3);
        Session session = scheduled(4, start).openSegment(Segment.PROGRESS_CHECK, start)
                .recordNotes(Segment.PROGRESS_CHECK, "Importer shipped.")
                .openSegment(Segment.BLOCKER_CLEARING, start.plus(Duration.ofMinutes(8)));
        if (opened) {
            session = session.openSegment(Segment.DEVELOPMENT_THREAD, start.plus(Duration.ofMinutes(16)))
                    .recordNotes(Segment.DEVELOPMENT_THREAD, notes);
        }
        return session.hold(start.plus(Duration.ofMinutes(30)));
    }

    private static DevelopmentThread thread(LocalDate reviewDate) {
        return DevelopmentThread.start(1, UserKey.of("raj"), LocalDate.of(2026, 1, 5), "Stakeholder communication",
                "Leads the quarterly review", null, null, "Draft the summary", reviewDate, false);
    }

    private static List<HabitWarning> detectWithThread(DevelopmentThread thread) {
        return detect(history(List.of(heldOn(1, MARCH_3)), List.of(), List.of(thread)), AVOIDS_HARD_TOPICS);
    }

    @Test
    void warnsWhenTheDevelopmentSegmentWasLeftEmpty() {
        List<HabitWarning> warnings = detect(history(heldWithDevelopment("  ", true)), AVOIDS_HARD_TOPICS);
        assertEquals(1, warnings.size());
        assertEquals(SEGMENT_SKIPPED, warnings.get(0).evidenceKey());
        assertEquals(4, warnings.get(0).sessionId());
        assertEquals("The Development Thread was skipped or left empty in the one-on-one of 2026-03-03.",
                warnings.get(0).evidence(BundleMessages.english()));
    }

    @Test
    void warnsWhenTheDevelopmentSegmentWasSkipped() {
        assertEquals(1, detect(history(heldWithDevelopment(null, false)), AVOIDS_HARD_TOPICS).size());
    }

    @Test
    void aDevelopmentSegmentWithNotesIsFine() {
        assertEquals(List.of(), detect(history(heldWithDevelopment("Practised the summary.", true)),
                AVOIDS_HARD_TOPICS));
    }

    @Test
    void aThreadEntryRecordedForTheSessionIsTheConversationHeld() {
        Session session = heldWithDevelopment(null, false);
        DevelopmentThread recorded = thread(MARCH_3.plusDays(14)).recordEntry(session.id(), MARCH_3,
                "Good first draft", "Run the review", MARCH_3.plusDays(14));
        assertEquals(List.of(), detect(history(List.of(session), List.of(), List.of(recorded)), AVOIDS_HARD_TOPICS));
        DevelopmentThread otherSession = thread(MARCH_3.plusDays(14)).recordEntry(session.id() + 1, MARCH_3,
                "Good first draft", "Run the review", MARCH_3.plusDays(14));
        assertEquals(List.of(SEGMENT_SKIPPED), detect(history(List.of(session), List.of(), List.of(otherSession)),
                AVOIDS_HARD_TOPICS).stream().map(HabitWarning::evidenceKey).toList());
    }

    @Test
    void onlyTheLatestHeldSessionIsJudged() {
        Session skippedEarlier = heldWithDevelopment(null, false);
        Session latest = heldOn(5, MARCH_3.plusDays(5));
        assertEquals(List.of(), detect(history(skippedEarlier, latest), AVOIDS_HARD_TOPICS));
    }

    @ParameterizedTest(name = "review date {0}: warns {1}")
    @CsvSource({"2026-03-09, true", "2026-02-01, true", "2026-03-10, false", "2026-03-20, false"})
    void warnsWhenTheActiveThreadsReviewDateHasPassed(LocalDate reviewDate, boolean warns) {
        assertEquals(warns, !detectWithThread(thread(reviewDate)).isEmpty());
    }

    @Test
    void reviewEvidenceGivesTheReviewDate() {
        HabitWarning warning = detectWithThread(thread(TODAY.minusDays(1))).get(0);
        assertEquals(REVIEW_OVERDUE, warning.evidenceKey());
        assertEquals(0, warning.sessionId());
        assertEquals("The development step due for review on 2026-03-09 has not been reviewed.",
                warning.evidence(BundleMessages.english()));
    }

    @Test
    void anEntryOnTheReviewDateClearsTheWarning() {
        LocalDate review = LocalDate.of(2026, 2, 2);
        DevelopmentThread reviewed = thread(review).recordEntry(9, review, "Summary drafted.", null, review);
        assertEquals(List.of(), detectWithThread(reviewed));
    }

    @Test
    void aParkedThreadIsNotAWarning() {
        assertEquals(List.of(), detectWithThread(thread(LocalDate.of(2026, 2, 1)).withStatus(ThreadStatus.PARKED)));
    }
}
