package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.recap.RecapDrafter;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SegmentRun;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The most recent held session is not written down: none of its segments has notes (flagged at once), or more than
 * 24 hours after it was held the report still has no recap of it (none, or one worth sending, as it has specific
 * commitments, that was not sent; finishing a session drafts one, so only sending counts). One warning per session;
 * missing notes take precedence, as a recap cannot be drafted from nothing.
 */
final class SkipsNotes implements HabitRule {

    static final Duration RECAP_GRACE = Duration.ofHours(24);
    static final String EVIDENCE_NO_NOTES = "habit.skips-notes.evidence.no-notes";
    static final String EVIDENCE_NO_RECAP = "habit.skips-notes.evidence.no-recap";

    @Override
    public List<Finding> find(PairingHistory history, Now now) {
        return history.lastHeld().flatMap(session -> find(session, history, now)).stream().toList();
    }

    private static Optional<Finding> find(Session session, PairingHistory history, Now now) {
        if (session.segments().stream().noneMatch(SegmentRun::hasNotes)) {
            return Optional.of(Finding.about(ManagerHabit.SKIPS_NOTES, session, now, EVIDENCE_NO_NOTES,
                    now.dateOf(session)));
        }
        Instant heldAt = heldAt(session);
        boolean recapOwed = session.recapValue().isEmpty() || session.recapSentAt() == null
                && RecapDrafter.shouldSend(history.commitmentsMadeIn(session.id()));
        if (recapOwed && heldAt.plus(RECAP_GRACE).isBefore(now.instant())) {
            long hours = Duration.between(heldAt, now.instant()).toHours();
            return Optional.of(Finding.about(ManagerHabit.SKIPS_NOTES, session, now, EVIDENCE_NO_RECAP,
                    now.dateOf(session), hours));
        }
        return Optional.empty();
    }

    /** When the session was marked held; its scheduled time for records that lack it. */
    private static Instant heldAt(Session session) {
        return session.stateChangedAt() != null ? session.stateChangedAt() : session.scheduledAt();
    }
}
