package dev.throughline.core.store.ao;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of a whole record that the team overview, a session's view and a session's prep read (see
 * {@link dev.throughline.core.store.OneOnOneStore}): what they leave out grows with the history and has no part in
 * those views, so the rules run over what matters now, however long the record.
 */
final class Narrowed {

    private Narrowed() {
    }

    /** The commitments not done or made in the last held session; the entries of active threads only. */
    static PairingHistory team(PairingHistory whole) {
        return around(whole, whole.lastHeld().stream());
    }

    /** The commitments not done or made in the session, the held one before it or the last held one. */
    static Optional<PairingHistory> session(PairingHistory whole, long sessionId) {
        return whole.session(sessionId).map(session -> around(whole, Stream.of(Optional.of(session),
                whole.heldBefore(session), whole.lastHeld()).flatMap(Optional::stream)));
    }

    /**
     * The session, the held one before it, the commitments not done, made there or done since the day before it (a
     * day of margin for any time zone; the rules pick exactly), every commitment when none was held, the sessions
     * those were made in, and the active threads.
     */
    static Optional<PairingHistory> prep(PairingHistory whole, long sessionId) {
        return whole.session(sessionId).map(upcoming -> {
            Optional<Session> previous = whole.heldBefore(upcoming);
            List<Commitment> commitments = previous.map(held -> {
                LocalDate since = LocalDate.ofInstant(held.scheduledAt(), ZoneOffset.UTC).minusDays(1);
                return whole.commitments().stream().filter(c -> c.completedOn() == null
                        || c.originSessionId() == held.id() || !c.completedOn().isBefore(since)).toList();
            }).orElse(whole.commitments());
            Set<Long> sessions = new LinkedHashSet<>();
            sessions.add(upcoming.id());
            previous.ifPresent(held -> sessions.add(held.id()));
            commitments.forEach(commitment -> sessions.add(commitment.originSessionId()));
            return new PairingHistory(whole.pairing(),
                    whole.sessions().stream().filter(session -> sessions.contains(session.id())).toList(),
                    commitments, whole.threads().stream().filter(DevelopmentThread::isActive).toList());
        });
    }

    private static PairingHistory around(PairingHistory whole, Stream<Session> sessions) {
        Set<Long> origins = sessions.map(Session::id).collect(Collectors.toSet());
        return new PairingHistory(whole.pairing(), whole.sessions(), whole.commitments().stream()
                .filter(c -> c.completedOn() == null || origins.contains(c.originSessionId())).toList(),
                whole.threads().stream().map(thread -> thread.isActive() ? thread : thread.withEntries(List.of()))
                        .toList());
    }
}
