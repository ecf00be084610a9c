package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Commitments made in a session: the manager records them (blocker follow-ups are always the manager's own);
 * either side of the pairing marks one done or reopens it.
 */
public final class CommitmentService {

    private final OneOnOneStore store;
    private final PairingAccess access;
    private final WorkItems workItems;
    private final Clock clock;

    public CommitmentService(OneOnOneStore store, WorkItems workItems, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
        this.workItems = Objects.requireNonNull(workItems, "workItems");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was agreed; {@code blockedItemKey} only for a blocker follow-up. */
    public record Agreement(Party owner, String text, LocalDate dueDate, CommitmentKind kind, String blockedItemKey) {
    }

    public Commitment make(UserKey viewer, long sessionId, Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return store.inTransaction(() -> {
            Session session = store.session(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
            Pairing pairing = access.pairingOf(viewer, session.pairingId(), "session", sessionId);
            PairingAccess.requireManager(viewer, pairing);
            session.requireEditable("text"); // the sent recap told the report what was agreed
            LocalDate today = LocalDate.now(clock);
            if (agreement.dueDate() != null && agreement.dueDate().isBefore(today)) {
                throw new DomainException("error.commitment.due.past", "dueDate");
            }
            CommitmentKind kind = agreement.kind() == null ? CommitmentKind.OTHER : agreement.kind();
            Commitment made = new Commitment(0, session.pairingId(), sessionId, session.recordedOn(clock),
                    agreement.owner(), agreement.text(), agreement.dueDate(), kind, null, null,
                    agreement.blockedItemKey());
            return saveTracked(pairing, session, made);
        });
    }

    /**
     * Records the commitment where the host tracks work, then saves it with its item's key; a save that fails undoes
     * the item, so neither is left without the other.
     */
    private Commitment saveTracked(Pairing pairing, Session session, Commitment made) {
        Optional<String> item = workItems.committed(pairing, session, made);
        try {
            return store.saveCommitment(item.map(made::withWorkItemKey).orElse(made));
        } catch (RuntimeException e) {
            item.ifPresent(key -> {
                try {
                    workItems.discard(key);
                } catch (RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            });
            throw e;
        }
    }

    /** Marks it done; one the host tracks is done when its work item is resolved there, so it is refused here. */
    public Commitment complete(UserKey viewer, long commitmentId) {
        return store.inTransaction(() -> store.saveCommitment(untracked(seen(viewer, commitmentId))
                .complete(LocalDate.now(clock))));
    }

    public Commitment reopen(UserKey viewer, long commitmentId) {
        return store.inTransaction(() -> store.saveCommitment(untracked(seen(viewer, commitmentId)).reopen()));
    }

    private static Commitment untracked(Commitment commitment) {
        if (commitment.isTracked()) {
            throw new DomainException("error.commitment.tracked", "status");
        }
        return commitment;
    }

    private Commitment seen(UserKey viewer, long commitmentId) {
        Commitment commitment = store.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
        access.pairingOf(viewer, commitment.pairingId(), "commitment", commitmentId);
        return commitment;
    }
}
