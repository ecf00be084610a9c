package dev.throughline.core.prep;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.progress.ProgressCheck;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.throughline.core.progress.HistoryFixture.clockOn;
import static dev.throughline.core.progress.HistoryFixture.commitment;
import static dev.throughline.core.progress.HistoryFixture.held;
import static dev.throughline.core.progress.HistoryFixture.history;
import static dev.throughline.core.progress.HistoryFixture.scheduled;
import static dev.throughline.core.progress.HistoryFixture.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrepBuilderTest {

    private static final LocalDate LAST = LocalDate.of(2026, 12, 1);
    private static final LocalDate NEXT = LocalDate.of(2026, 12, 8);
    private static final PrepBuilder BUILDER = new PrepBuilder(clockOn(NEXT.minusDays(1)));

    private static Prep prep(List<Session> earlier, List<Commitment> commitments, List<DevelopmentThread> threads) {
        Session upcoming = scheduled(99, NEXT);
        List<Session> sessions = new ArrayList<>(earlier);
        sessions.add(upcoming);
        return BUILDER.build(history(sessions, commitments, threads), upcoming);
    }

    @Test
    void showsTheLastHeldSessionsNotesPerSegmentWithItsFocusAndDate() {
        Session last = held(10, LAST, "Q1 roadmap", Map.of(
                Segment.PROGRESS_CHECK, "Importer shipped", Segment.DEVELOPMENT_THREAD, "Ran the design review"));
        Prep prep = prep(List.of(held(5, LAST.minusDays(7), "older", Map.of(Segment.BLOCKER_CLEARING, "old")),
                last), List.of(), List.of());

        assertFalse(prep.firstSession());
        assertEquals(Optional.of(LAST), prep.lastDate());
        assertEquals(Optional.of("Q1 roadmap"), prep.lastFocus());
        assertEquals(Map.of(Segment.PROGRESS_CHECK, "Importer shipped",
                Segment.DEVELOPMENT_THREAD, "Ran the design review"), prep.lastNotes());
        assertEquals(List.of(Segment.PROGRESS_CHECK, Segment.DEVELOPMENT_THREAD),
                List.copyOf(prep.lastNotes().keySet()));
    }

    @Test
    void firstSessionHasNoNotesAndSaysSo() {
        Prep prep = prep(List.of(), List.of(), List.of());

        assertTrue(prep.firstSession());
        assertTrue(prep.lastNotes().isEmpty());
        assertEquals(Optional.empty(), prep.lastDate());
        assertEquals(Optional.empty(), prep.acknowledgement());
        assertEquals(Acknowledgement.PROMPT_KEY, prep.acknowledgeKey());
    }

    @Test
    void carriedCommitmentsAreTheProgressCheckOfTheUpcomingSession() {
        Session last = held(10, LAST, null);
        Session upcoming = scheduled(99, NEXT);
        PairingHistory history = history(List.of(last, upcoming), List.of(
                commitment(1, 10, LAST, Party.REPORT, "late", LAST.plusDays(2)),
                commitment(2, 10, LAST, Party.MANAGER, "budget", null)), List.of());

        Prep prep = BUILDER.build(history, upcoming);

        assertEquals(ProgressCheck.of(history, upcoming, clockOn(NEXT.minusDays(1))), prep.progressCheck());
        assertEquals(List.of("late", "budget"),
                prep.commitments().stream().map(item -> item.commitment().text()).toList());
    }

    @Test
    void acknowledgesTheReportsMostRecentlyCompletedCommitmentSinceLastTime() {
        List<Commitment> commitments = List.of(
                commitment(1, 10, LAST, Party.REPORT, "wrote the runbook", null).complete(LAST.plusDays(2)),
                commitment(2, 10, LAST, Party.REPORT, "fixed the flaky test", null).complete(LAST.plusDays(4)),
                commitment(3, 10, LAST, Party.MANAGER, "approved the budget", null).complete(LAST.plusDays(5)),
                commitment(4, 10, LAST, Party.REPORT, "still open", null));
        DevelopmentThread thread = thread(7, LAST, "public speaking", null)
                .recordEntry(10, LAST, "Gave the team demo", null, null);

        Prep prep = prep(List.of(held(10, LAST, null)), commitments, List.of(thread));

        assertEquals(Optional.of(new Acknowledgement("fixed the flaky test", Acknowledgement.COMMITMENT_KEY)),
                prep.acknowledgement());
        assertEquals(Acknowledgement.COMMITMENT_KEY, prep.acknowledgeKey());
    }

    @Test
    void aCommitmentCompletedOnTheLastSessionsDayCountsButOneBeforeItDoesNot() {
        LocalDate earlier = LAST.minusDays(7);
        List<Commitment> commitments = List.of(
                commitment(1, 5, earlier, Party.REPORT, "before last time", null).complete(LAST.minusDays(1)),
                commitment(2, 5, earlier, Party.REPORT, "on the day", null).complete(LAST));

        Prep prep = prep(List.of(held(5, earlier, null), held(10, LAST, null)), commitments, List.of());
        assertEquals("on the day", prep.acknowledgement().orElseThrow().text());

        Prep without = prep(List.of(held(5, earlier, null), held(10, LAST, null)), commitments.subList(0, 1),
                List.of());
        assertEquals(Optional.empty(), without.acknowledgement());
    }

    @Test
    void fallsBackToTheActiveThreadsNoteFromTheLastSession() {
        DevelopmentThread thread = thread(7, LAST.minusDays(7), "public speaking", null)
                .recordEntry(5, LAST.minusDays(7), "Agreed to demo", null, null)
                .recordEntry(10, LAST, "Gave the team demo — 日本語 <b>", null, null);

        Prep prep = prep(List.of(held(5, LAST.minusDays(7), null), held(10, LAST, null)), List.of(),
                List.of(thread));

        assertEquals(Optional.of(new Acknowledgement("Gave the team demo — 日本語 <b>", Acknowledgement.THREAD_KEY)),
                prep.acknowledgement());
    }

    @Test
    void promptsWhenTheThreadsLatestNoteIsFromAnOlderSession() {
        DevelopmentThread thread = thread(7, LAST.minusDays(7), "public speaking", null)
                .recordEntry(5, LAST.minusDays(7), "Agreed to demo", null, null);

        Prep prep = prep(List.of(held(5, LAST.minusDays(7), null), held(10, LAST, null)), List.of(),
                List.of(thread));

        assertEquals(Optional.empty(), prep.acknowledgement());
        assertEquals("prep.acknowledge.prompt", prep.acknowledgeKey());
    }

    @Test
    void topicIsTheActiveThreadWhoseReviewIsDueSoonest() {
        DevelopmentThread later = thread(1, LAST, "architecture", NEXT.plusDays(20));
        DevelopmentThread sooner = thread(2, LAST, "public speaking", NEXT.plusDays(5));
        DevelopmentThread parked = thread(3, LAST, "parked", LAST).withStatus(ThreadStatus.PARKED);

        DevelopmentTopic topic = prep(List.of(held(10, LAST, null)), List.of(), List.of(later, sooner, parked))
                .topic();

        assertEquals(Optional.of(sooner), topic.thread());
        assertFalse(topic.reviewDue());
        assertEquals(DevelopmentTopic.CONTINUE_KEY, topic.promptKey());
    }

    @ParameterizedTest(name = "review {0} days after the session -> due {1}")
    @CsvSource({"-1, true", "0, true", "1, false"})
    void reviewIsDueOnOrBeforeTheUpcomingSessionsDate(int daysAfterSession, boolean due) {
        DevelopmentThread thread = thread(1, LAST, "public speaking", NEXT.plusDays(daysAfterSession));

        DevelopmentTopic topic = prep(List.of(held(10, LAST, null)), List.of(), List.of(thread)).topic();

        assertEquals(due, topic.reviewDue());
        assertEquals(due ? DevelopmentTopic.REVIEW_KEY : DevelopmentTopic.CONTINUE_KEY, topic.promptKey());
    }

    @Test
    void withoutAnActiveThreadTheTopicIsToIntroduceOne() {
        DevelopmentThread achieved = thread(1, LAST, "done already", null).withStatus(ThreadStatus.ACHIEVED);

        DevelopmentTopic topic = prep(List.of(held(10, LAST, null)), List.of(), List.of(achieved)).topic();

        assertEquals(Optional.empty(), topic.thread());
        assertFalse(topic.reviewDue());
        assertEquals("prep.topic.introduce", topic.promptKey());
    }

    @Test
    void everyPromptAndSourceKeyHasAText() {
        BundleMessages messages = BundleMessages.english();
        for (String key : List.of(Acknowledgement.PROMPT_KEY, Acknowledgement.COMMITMENT_KEY,
                Acknowledgement.THREAD_KEY, DevelopmentTopic.INTRODUCE_KEY, DevelopmentTopic.REVIEW_KEY,
                DevelopmentTopic.CONTINUE_KEY)) {
            assertTrue(messages.has(key), key);
        }
        assertTrue(messages.get(DevelopmentTopic.INTRODUCE_KEY).contains("growth area"));
    }
}
