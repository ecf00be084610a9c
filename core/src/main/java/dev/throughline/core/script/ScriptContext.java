package dev.throughline.core.script;

import dev.throughline.core.Texts;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scripts of one session are filled from. A null field means there is no data for it: the script then
 * shows a blank for the manager to fill. Texts are the users' own words, kept as typed.
 *
 * @param previousFocus     the focus of the held session before this one
 * @param missedCommitment  the report's earliest missed commitment
 * @param missedDueDate     its due date
 * @param skill             the active development thread's growth area
 * @param gap               that thread's gap
 * @param whatGoodLooksLike that thread's standard
 * @param nextStep          that thread's agreed next step
 * @param reviewDate        when that thread's next step is reviewed: the check-back date
 * @param observation       a specific observation the manager typed for Blocker Clearing
 * @param newInRole         the report joined the team or started the role less than six months ago
 * @param lessConfident     the manager flagged the report as less confident
 * @param gapFlagged        the manager flagged the thread's gap as a performance concern
 * @param firstSession      no session was held before this one: there is nothing to look back on
 */
public record ScriptContext(String reportName, String previousFocus, String missedCommitment,
                            LocalDate missedDueDate, String skill, String gap, String whatGoodLooksLike,
                            String nextStep, LocalDate reviewDate, String observation, boolean newInRole,
                            boolean lessConfident, boolean gapFlagged, boolean firstSession) {

    /** Tenure under which a report counts as new in the role. */
    public static final int NEW_IN_ROLE_MONTHS = 6;

    private static final Comparator<Commitment> EARLIEST_DUE =
            Comparator.comparing(Commitment::dueDate).thenComparingLong(Commitment::id);

    public ScriptContext {
        reportName = blankToNull(reportName);
        previousFocus = blankToNull(previousFocus);
        missedCommitment = blankToNull(missedCommitment);
        skill = blankToNull(skill);
        gap = blankToNull(gap);
        whatGoodLooksLike = blankToNull(whatGoodLooksLike);
        nextStep = blankToNull(nextStep);
        observation = blankToNull(observation);
    }

    /**
     * The context for the scripts of {@code current}, as of today by {@code clock}.
     *
     * @param current     the session being prepared or run; null before one is scheduled (then the last held
     *                    session gives the previous focus)
     * @param observation what the manager typed for Blocker Clearing, or null/blank for nothing
     */
    public static ScriptContext of(PairingHistory history, Session current, String reportName, String observation,
                                   Clock clock) {
        Objects.requireNonNull(history, "history");
        LocalDate today = LocalDate.now(clock);
        Optional<Session> previous = current == null ? history.lastHeld() : history.heldBefore(current);
        Optional<Commitment> missed = earliestMissed(history, today);
        Optional<DevelopmentThread> thread = history.activeThread();
        return new ScriptContext(reportName,
                previous.map(Session::focus).orElse(null),
                missed.map(Commitment::text).orElse(null),
                missed.map(Commitment::dueDate).orElse(null),
                thread.map(DevelopmentThread::growthArea).orElse(null),
                thread.map(DevelopmentThread::gap).orElse(null),
                thread.map(DevelopmentThread::whatGoodLooksLike).orElse(null),
                thread.map(DevelopmentThread::nextStep).orElse(null),
                // A review date already past is no date to check back on: the manager agrees a new one.
                thread.map(DevelopmentThread::reviewDate).filter(review -> !review.isBefore(today)).orElse(null),
                Texts.optional(observation, "observation", Texts.SHORT_MAX),
                history.pairing().tenureStart().isAfter(today.minusMonths(NEW_IN_ROLE_MONTHS)),
                history.pairing().lessConfident(),
                thread.map(DevelopmentThread::gapFlagged).orElse(false),
                previous.isEmpty());
    }

    public boolean hasMissedCommitment() {
        return missedCommitment != null;
    }

    /** Whether the manager typed an observation (the fallback to a missed commitment does not count). */
    public boolean hasObservation() {
        return observation != null;
    }

    /** What the firm Blocker Clearing script states: the typed observation, else the missed commitment. */
    public Optional<String> blockerObservation() {
        return Optional.ofNullable(observation != null ? observation : missedCommitment);
    }

    /** The report's missed commitment with the earliest due date (the lowest id on a tie). */
    private static Optional<Commitment> earliestMissed(PairingHistory history, LocalDate today) {
        return history.commitments().stream()
                .filter(c -> c.owner() == Party.REPORT)
                .filter(c -> c.status(today) == CommitmentStatus.MISSED)
                .min(EARLIEST_DUE);
    }

    private static String blankToNull(String text) {
        return Texts.isBlank(text) ? null : text;
    }
}
