package dev.throughline.core.development;

import dev.throughline.core.DomainException;
import dev.throughline.core.people.UserKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevelopmentThreadTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final UserKey ALEX = UserKey.of("alex");

    private static DevelopmentThread thread() {
        return DevelopmentThread.start(1, ALEX, START, "Stakeholder communication", "Runs the quarterly review alone",
                "Updates arrive late and without a recommendation", "A one-page update every Friday with a clear ask",
                "Send the first Friday update", null, false);
    }

    @Test
    void reviewDateDefaultsToTwoWeeksAfterTheSession() {
        assertEquals(START.plusDays(14), thread().reviewDate());
        assertEquals(ThreadStatus.ACTIVE, thread().status());
    }

    @Test
    void growthAreaIsRequired() {
        DomainException e = assertThrows(DomainException.class, () -> DevelopmentThread.start(1, ALEX, START, " ",
                null, null, null, null, null, false));
        assertEquals("growthArea", e.field().orElseThrow());
    }

    @Test
    void eachSessionAddsOneEntryAndMovesTheNextStep() {
        DevelopmentThread t = thread()
                .recordEntry(10, START, "Agreed the format", null, null)
                .recordEntry(11, START.plusDays(14), "First two updates sent", "Add a risks section",
                        START.plusDays(28));
        assertEquals(2, t.entries().size());
        assertEquals("Add a risks section", t.nextStep());
        assertEquals(START.plusDays(28), t.reviewDate());
        assertEquals("Send the first Friday update", t.entries().get(0).nextStep());
        assertEquals(List.of(11L, 10L), t.history().stream().map(ThreadEntry::sessionId).toList());
    }

    @Test
    void anEarlierSessionsEntryRecordedLaterLeavesTheLatestStepAndReview() {
        LocalDate march9 = START.plusDays(14);
        DevelopmentThread t = thread()
                .recordEntry(11, march9, "Second update sent", "Add a risks section", march9.plusDays(21));
        DevelopmentThread completed = t.recordEntry(10, START, "Agreed the format", null, null);

        assertEquals("Add a risks section", completed.nextStep(), "the latest session's step stands");
        assertEquals(march9.plusDays(21), completed.reviewDate());
        assertFalse(completed.isReviewOverdue(march9.plusDays(15)));
        assertEquals(List.of(10L, 11L), completed.entries().stream().map(ThreadEntry::sessionId).toList(),
                "the history stays in the sessions' order");
        assertEquals(null, completed.entries().get(0).nextStep(), "no step of a later session is put into it");
        assertEquals(START.plusDays(14), completed.entries().get(0).reviewDate());
    }

    @Test
    void recordingTwiceForOneSessionReplacesItsEntry() {
        DevelopmentThread t = thread()
                .recordEntry(10, START, "first draft", null, null)
                .recordEntry(10, START, "corrected", null, null);
        assertEquals(1, t.entries().size());
        assertEquals("corrected", t.entries().get(0).note());
    }

    @Test
    void anEmptyEntryIsRejected() {
        assertEquals("error.thread.entry.empty", assertThrows(DomainException.class,
                () -> thread().recordEntry(10, START, " ", "", null)).key());
    }

    @Test
    void reviewCannotPrecedeTheSession() {
        assertThrows(DomainException.class, () -> thread().recordEntry(10, START, "n", null, START.minusDays(1)));
    }

    @Test
    void reviewIsOverdueOnlyWhenNoSessionTouchedItSinceTheDate() {
        DevelopmentThread t = thread();
        LocalDate review = t.reviewDate();
        assertFalse(t.isReviewOverdue(review));
        assertTrue(t.isReviewOverdue(review.plusDays(1)));

        DevelopmentThread touched = t.recordEntry(12, review, "Reviewed", null, review.plusDays(14));
        assertFalse(touched.isReviewOverdue(review.plusDays(1)));
    }

    @Test
    void aClosedThreadIsNeverOverdueAndTakesNoEntries() {
        DevelopmentThread achieved = thread().withStatus(ThreadStatus.ACHIEVED);
        assertFalse(achieved.isReviewOverdue(START.plusYears(1)));
        assertThrows(DomainException.class, () -> achieved.recordEntry(10, START, "n", null, null));
    }

    @Test
    void reportSummaryAnswersBothQuestions() {
        DevelopmentSummary summary = DevelopmentSummary.of(Optional.of(thread()), START).orElseThrow();
        assertEquals("Stakeholder communication — Runs the quarterly review alone", summary.developedToward(dev.throughline.core.i18n.BundleMessages.english()));
        assertEquals("Updates arrive late and without a recommendation", summary.workOn().orElseThrow());
        assertEquals("Send the first Friday update", summary.nextStep());
    }

    @Test
    void summaryFallsBackToTheNextStepWithoutAGap() {
        DevelopmentThread noGap = DevelopmentThread.start(1, ALEX, START, "Code review", null, null, null,
                "Review two PRs a week", null, false);
        DevelopmentSummary summary = DevelopmentSummary.of(Optional.of(noGap), START).orElseThrow();
        assertEquals("Code review", summary.developedToward(dev.throughline.core.i18n.BundleMessages.english()));
        assertEquals("Review two PRs a week", summary.workOn().orElseThrow());
    }

    @Test
    void noActiveThreadMeansNoAnswer() {
        assertTrue(DevelopmentSummary.of(Optional.empty(), START).isEmpty());
        assertTrue(DevelopmentSummary.of(Optional.of(thread().withStatus(ThreadStatus.PARKED)), START).isEmpty());
    }
}
