package dev.throughline.core.history;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Everything one pairing has on record, as the rules need it: sessions oldest first, the commitments made in
 * them, and the report's development threads. The store loads it in a constant number of queries.
 */
public record PairingHistory(Pairing pairing, List<Session> sessions, List<Commitment> commitments,
                             List<DevelopmentThread> threads) {

    private static final Comparator<Session> CHRONOLOGICAL =
            Comparator.comparing(Session::scheduledAt).thenComparingLong(Session::id);

    public PairingHistory {
        Objects.requireNonNull(pairing, "pairing");
        sessions = sessions.stream().sorted(CHRONOLOGICAL).toList();
        commitments = List.copyOf(commitments);
        threads = List.copyOf(threads);
    }

    public List<Session> held() {
        return sessions.stream().filter(Session::isHeld).toList();
    }

    public Optional<Session> lastHeld() {
        List<Session> held = held();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }

    /** The held session before {@code session} (by time), if any: the one its Progress Check looks back on. */
    public Optional<Session> heldBefore(Session session) {
        Session previous = null;
        for (Session candidate : held()) {
            if (candidate.id() != session.id() && CHRONOLOGICAL.compare(candidate, session) < 0) {
                previous = candidate;
            }
        }
        return Optional.ofNullable(previous);
    }

    /** The next session still to be held, if one is scheduled. */
    public Optional<Session> nextScheduled() {
        return sessions.stream().filter(s -> s.state() == SessionState.SCHEDULED).findFirst();
    }

    public Optional<Session> session(long sessionId) {
        return sessions.stream().filter(s -> s.id() == sessionId).findFirst();
    }

    public List<Commitment> commitmentsMadeIn(long sessionId) {
        return commitments.stream().filter(c -> c.originSessionId() == sessionId).toList();
    }

    /** The active development thread, the most recently started when (unusually) there are several. */
    public Optional<DevelopmentThread> activeThread() {
        return threads.stream().filter(DevelopmentThread::isActive)
                .max(Comparator.comparing(DevelopmentThread::startedOn).thenComparingLong(DevelopmentThread::id));
    }

    /** The record with {@code changed} in place of the pairing as it was. */
    public PairingHistory with(Pairing changed) {
        return new PairingHistory(changed, sessions, commitments, threads);
    }

    /** The record with {@code saved} in place of the session of its id, or added when it is new to the record. */
    public PairingHistory with(Session saved) {
        return new PairingHistory(pairing, replaced(sessions, saved, Session::id), commitments, threads);
    }

    /** The record with {@code saved} in place of the commitment of its id, or added (commitments stay in id order). */
    public PairingHistory with(Commitment saved) {
        return new PairingHistory(pairing, sessions, replaced(commitments, saved, Commitment::id), threads);
    }

    /** The record with {@code saved} in place of the thread of its id, or added (threads stay in id order). */
    public PairingHistory with(DevelopmentThread saved) {
        return new PairingHistory(pairing, sessions, commitments, replaced(threads, saved, DevelopmentThread::id));
    }

    private static <T> List<T> replaced(List<T> values, T saved, ToLongFunction<T> id) {
        List<T> result = new ArrayList<>(values);
        result.removeIf(value -> id.applyAsLong(value) == id.applyAsLong(saved));
        result.add(saved);
        result.sort(Comparator.comparingLong(id));
        return result;
    }
}
