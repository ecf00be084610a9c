package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.i18n.MessageKey;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Commitments made in a session: the manager records them (blocker follow-ups are always the manager's own);
 * either side of the pairing marks one done or reopens it.
 */
public final class CommitmentService {

    private final OneOnOneStore store;
    private final PairingAccess access;
    private final Clock clock;

    public CommitmentService(OneOnOneStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was agreed; {@code blockedItemKey} only for a blocker follow-up. */
    public record Agreement(Party owner, String text, LocalDate dueDate, CommitmentKind kind, String blockedItemKey) {
    }

    public Commitment make(UserKey viewer, long sessionId, Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return store.inTransaction(() -> {
            Session session = store.session(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
            access.pairingManagedBy(viewer, session.pairingId());
            if (session.state() != SessionState.SCHEDULED && session.state() != SessionState.HELD) {
                throw new DomainException("error.session.not.editable", "state",
                        MessageKey.of(session.state().i18nKey()));
            }
            LocalDate today = LocalDate.now(clock);
            if (agreement.dueDate() != null && agreement.dueDate().isBefore(today)) {
                throw new DomainException("error.commitment.due.past", "dueDate");
            }
            CommitmentKind kind = agreement.kind() == null ? CommitmentKind.OTHER : agreement.kind();
            LocalDate sessionDay = session.date(clock.getZone());
            LocalDate madeOn = sessionDay.isAfter(today) ? today : sessionDay; // a session run early makes it today
            return store.saveCommitment(new Commitment(0, session.pairingId(), sessionId,
                    madeOn, agreement.owner(), agreement.text(), agreement.dueDate(), kind,
                    null, null, agreement.blockedItemKey()));
        });
    }

    public Commitment complete(UserKey viewer, long commitmentId) {
        return store.inTransaction(() -> store.saveCommitment(seen(viewer, commitmentId)
                .complete(LocalDate.now(clock))));
    }

    public Commitment reopen(UserKey viewer, long commitmentId) {
        return store.inTransaction(() -> store.saveCommitment(seen(viewer, commitmentId).reopen()));
    }

    private Commitment seen(UserKey viewer, long commitmentId) {
        Commitment commitment = store.commitment(commitmentId)
                .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
        try {
            access.pairingSeenBy(viewer, commitment.pairingId());
        } catch (NotFoundException outsider) {
            throw new NotFoundException("commitment", commitmentId);
        }
        return commitment;
    }
}
