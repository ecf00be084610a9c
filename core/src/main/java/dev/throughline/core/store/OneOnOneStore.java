package dev.throughline.core.store;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Where pairings, sessions, commitments and development threads are kept. Reads come back as immutable core
 * values; every write runs in one transaction; sessions and threads are saved against the version they were
 * read at, and a stale version is rejected with a {@link ConflictException}. Loading a pairing's history or a
 * manager's team runs the same number of statements however long the history is. The narrow reads (a session's,
 * its prep's, the team's) build the same views as whole histories would.
 */
public interface OneOnOneStore {

    /** Inserts a new pairing (id 0). */
    Pairing savePairing(Pairing pairing);

    /**
     * Changes a pairing as it is stored now: {@code change} is given the pairing read in the transaction that writes
     * it (and is given it again should a concurrent write to the record make the transaction run again), so nothing
     * read before, such as a manager's key erased meanwhile, is written back. {@code change} may refuse by throwing.
     *
     * @throws dev.throughline.core.NotFoundException when there is no such pairing
     */
    Pairing updatePairing(long pairingId, UnaryOperator<Pairing> change);

    Optional<Pairing> pairing(long id);

    /** Pairings in which the user is the manager or the report. */
    List<Pairing> pairingsOf(UserKey user);

    /** The pairing's whole record, or empty when there is no such pairing. */
    Optional<PairingHistory> history(long pairingId);

    /**
     * The record as the view of one of its sessions reads it: every session, every development thread (with its
     * entries when it is active), and the commitments not done or made in that session, in the held session before it
     * or in the last held one (the done ones before and the entries of ended threads have no part in the view, and
     * their number grows with the history). Empty when there is no such session.
     */
    Optional<PairingHistory> sessionHistory(long sessionId);

    /**
     * The part of the record the prep of a session reads, however long the history: the session itself, the held
     * session before it, the commitments not done yet, made in that held session or done since it (every
     * commitment when none was held), the sessions those commitments were made in, and the active development
     * threads with their entries. The prep built from it equals the prep built from {@link #history(long)}.
     * Empty when there is no such session.
     */
    Optional<PairingHistory> prepHistory(long sessionId);

    /**
     * The records of every pairing the user manages, ordered by report, as the team overview reads them: every
     * session, every development thread (with its entries when it is active), and the commitments not done or made
     * in the pairing's last held session (the done ones before it and the entries of ended threads have no part in
     * the overview, and their number grows with the history).
     */
    List<PairingHistory> team(UserKey manager);

    /**
     * Inserts (id 0) or updates a session. An update must carry the version it was read at; the saved session
     * comes back with the next version.
     *
     * @throws ConflictException when the session changed since it was read
     */
    Session saveSession(Session session);

    Optional<Session> session(long id);

    /** Inserts (id 0) or updates a commitment. */
    Commitment saveCommitment(Commitment commitment);

    Optional<Commitment> commitment(long id);

    /**
     * Inserts (id 0) or updates a development thread with its history, against the version it was read at.
     *
     * @throws ConflictException when the thread changed since it was read
     */
    DevelopmentThread saveThread(DevelopmentThread thread);

    Optional<DevelopmentThread> thread(long id);

    /** Deletes a pairing with everything recorded in it: sessions, commitments, threads and their history. */
    void deletePairing(long pairingId);

    /** Runs {@code work} in one transaction: all its writes land, or none does. */
    <T> T inTransaction(Supplier<T> work);
}
