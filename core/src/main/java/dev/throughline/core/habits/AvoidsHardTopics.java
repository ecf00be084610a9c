package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The growth conversation is being avoided: the most recent held session skipped its Development Thread
 * segment or left it without notes, and recorded no entry of a development thread either; or the active thread's
 * review date passed with no entry since.
 */
final class AvoidsHardTopics implements HabitRule {

    static final String EVIDENCE_SEGMENT_SKIPPED = "habit.avoids-hard-topics.evidence.segment-skipped";
    static final String EVIDENCE_REVIEW_OVERDUE = "habit.avoids-hard-topics.evidence.review-overdue";

    @Override
    public List<Finding> find(PairingHistory history, Now now) {
        List<Finding> findings = new ArrayList<>();
        history.lastHeld()
                .filter(session -> session.segment(Segment.DEVELOPMENT_THREAD).skippedOrEmpty())
                .filter(session -> history.threads().stream().flatMap(thread -> thread.history().stream())
                        .noneMatch(entry -> entry.sessionId() == session.id()))
                .map(session -> Finding.about(ManagerHabit.AVOIDS_HARD_TOPICS, session, now,
                        EVIDENCE_SEGMENT_SKIPPED, now.dateOf(session)))
                .ifPresent(findings::add);
        history.activeThread()
                .filter(thread -> thread.isReviewOverdue(now.today()))
                .map(thread -> Finding.aboutPairing(ManagerHabit.AVOIDS_HARD_TOPICS, history, thread.reviewDate(),
                        EVIDENCE_REVIEW_OVERDUE, thread.reviewDate()))
                .ifPresent(findings::add);
        return findings;
    }
}
