package dev.throughline.core.progress;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.TrackedCommitment;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Progress Check of a session looks back on: the previous held session's focus and date (cancelled and
 * rescheduled sessions are skipped), every commitment made there, and every commitment still not done from any
 * earlier session — each with where it stands today. Commitments made in the session itself are not carried.
 * Missed come first, then open, then done; within each by due date (undated last), then id.
 *
 * @param previousDate  the date of the previous held session; empty for the pairing's first session
 * @param previousFocus what the previous held session focused on, if it recorded a focus
 * @param commitments   the carried commitments, in display order
 */
public record ProgressCheck(Optional<LocalDate> previousDate, Optional<String> previousFocus,
                            List<TrackedCommitment> commitments) {

    /** Shown instead of a look back when the pairing has never held a session before. */
    public static final String FIRST_SESSION_KEY = "progress.first-session";

    private static final Comparator<TrackedCommitment> ORDER =
            Comparator.comparingInt((TrackedCommitment item) -> rank(item.status()))
                    .thenComparing(item -> item.commitment().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(item -> item.commitment().id());

    private static final Comparator<Session> CHRONOLOGICAL =
            Comparator.comparing(Session::scheduledAt).thenComparingLong(Session::id);

    public ProgressCheck {
        Objects.requireNonNull(previousDate, "previousDate");
        Objects.requireNonNull(previousFocus, "previousFocus");
        commitments = List.copyOf(commitments);
    }

    /** The Progress Check of {@code current} as of the clock's day, session dates read in the clock's zone. */
    public static ProgressCheck of(PairingHistory history, Session current, Clock clock) {
        return of(history, current, LocalDate.now(clock), clock.getZone());
    }

    /** As {@link #of(PairingHistory, Session, LocalDate, ZoneId)} with session dates read in UTC. */
    public static ProgressCheck of(PairingHistory history, Session current, LocalDate today) {
        return of(history, current, today, ZoneOffset.UTC);
    }

    /** The Progress Check of {@code current}, statuses as of {@code today}, session dates read in {@code zone}. */
    public static ProgressCheck of(PairingHistory history, Session current, LocalDate today, ZoneId zone) {
        Optional<Session> previous = history.heldBefore(current);
        Carry carry = new Carry(history, current, previous, zone);
        List<TrackedCommitment> carried = history.commitments().stream()
                .filter(carry::carries)
                .map(commitment -> TrackedCommitment.of(commitment, today))
                .sorted(ORDER)
                .toList();
        return new ProgressCheck(previous.map(session -> session.date(zone)), previous.map(Session::focus), carried);
    }

    /** No held session came before this one: the view says so instead of looking back. */
    public boolean firstSession() {
        return previousDate.isEmpty();
    }

    /** {@link #FIRST_SESSION_KEY} for the first session, else empty. */
    public Optional<String> messageKey() {
        return firstSession() ? Optional.of(FIRST_SESSION_KEY) : Optional.empty();
    }

    public int count(CommitmentStatus status) {
        return (int) commitments.stream().filter(item -> item.status() == status).count();
    }

    public int missedCount() {
        return count(CommitmentStatus.MISSED);
    }

    public int openCount() {
        return count(CommitmentStatus.OPEN);
    }

    public int doneCount() {
        return count(CommitmentStatus.DONE);
    }

    private static int rank(CommitmentStatus status) {
        return switch (status) {
            case MISSED -> 0;
            case OPEN -> 1;
            case DONE -> 2;
        };
    }

    /** Decides which commitments the Progress Check of {@code current} carries. */
    private record Carry(PairingHistory history, Session current, Optional<Session> previous, ZoneId zone) {

        boolean carries(Commitment commitment) {
            if (commitment.originSessionId() == current.id()) {
                return false;
            }
            if (previous.isPresent() && commitment.originSessionId() == previous.get().id()) {
                return true;
            }
            return !commitment.isDone() && madeBeforeCurrent(commitment);
        }

        /** By its session when that is on record, else by the day it was made. */
        private boolean madeBeforeCurrent(Commitment commitment) {
            return history.session(commitment.originSessionId())
                    .map(origin -> CHRONOLOGICAL.compare(origin, current) < 0)
                    .orElseGet(() -> !commitment.madeOn().isAfter(current.date(zone)));
        }
    }
}
