package dev.throughline.core.service;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where the host tracks work, beside Throughline's own record. Jira keeps each session as a One-on-One issue (reporter
 * the manager, assignee the report) whose fields hold the segments' notes, and each commitment as a Commitment
 * sub-task of it (assignee its owner, due date its due date), so commitments show on boards and in JQL; there a
 * commitment is done when its sub-task is resolved. The sandbox tracks nothing: {@link #NONE}.
 *
 * <p>A refusal the person can act on (a field the host requires, no permission to create issues) is thrown as a
 * {@link dev.throughline.core.DomainException} with a message for them, and nothing is left half-made.
 */
public interface WorkItems {

    /** Tracks nothing: every commitment is Throughline's alone, and done when marked done in Throughline. */
    WorkItems NONE = new WorkItems() {
        @Override
        public void scheduled(Pairing pairing, Session session) {
        }

        @Override
        public void updated(Pairing pairing, Session session) {
        }

        @Override
        public void unscheduled(Session session) {
        }

        @Override
        public Optional<String> committed(Pairing pairing, Session session, Commitment commitment) {
            return Optional.empty();
        }

        @Override
        public void discard(String key) {
        }

        @Override
        public Map<String, Optional<LocalDate>> completed(Collection<String> keys) {
            return Map.of();
        }
    };

    /** A session was scheduled (or rescheduled to a new one): the host records it. */
    void scheduled(Pairing pairing, Session session);

    /** A session changed what the host shows of it: held (notes, talk share, recap), cancelled or moved. */
    void updated(Pairing pairing, Session session);

    /**
     * Undoes {@link #scheduled} when what it was part of could not be finished (a move whose old session the host
     * then refused to update), so the host keeps no session Throughline does not have.
     */
    void unscheduled(Session session);

    /**
     * A commitment was made in {@code session} and is about to be saved: the host records it as a work item and
     * answers the item's key, which is saved with the commitment; empty when the host tracks none.
     */
    Optional<String> committed(Pairing pairing, Session session, Commitment commitment);

    /** Undoes {@link #committed} when the commitment could not be saved after all. */
    void discard(String key);

    /**
     * What the host says of the given items, read in one batch whatever their number: for each item it still has, the
     * day it was done, or empty while it is open. Keys the host no longer knows (an item deleted there) are absent:
     * such a commitment is Throughline's own again.
     */
    Map<String, Optional<LocalDate>> completed(Collection<String> keys);
}
