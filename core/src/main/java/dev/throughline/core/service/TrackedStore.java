package dev.throughline.core.service;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.OneOnOneStore;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The store as the rules must see it where the host tracks commitments: a commitment tracked as a work item is done
 * when, and since, its item was resolved (on a Jira board, say), whatever Throughline's own row says. Every read
 * that returns commitments asks the host once, for all of them: a manager's team costs one batch, not one call per
 * commitment. Writes pass straight through.
 */
public final class TrackedStore implements OneOnOneStore {

    private final OneOnOneStore store;
    private final WorkItems workItems;

    public TrackedStore(OneOnOneStore store, WorkItems workItems) {
        this.store = Objects.requireNonNull(store, "store");
        this.workItems = Objects.requireNonNull(workItems, "workItems");
    }

    @Override
    public Optional<PairingHistory> history(long pairingId) {
        return store.history(pairingId).map(this::tracked);
    }

    @Override
    public Optional<PairingHistory> prepHistory(long sessionId) {
        return store.prepHistory(sessionId).map(this::tracked);
    }

    @Override
    public Optional<PairingHistory> sessionHistory(long sessionId) {
        return store.sessionHistory(sessionId).map(this::tracked);
    }

    @Override
    public List<PairingHistory> team(UserKey manager) {
        return tracked(store.team(manager));
    }

    private PairingHistory tracked(PairingHistory history) {
        return tracked(List.of(history)).get(0);
    }

    @Override
    public Optional<Commitment> commitment(long id) {
        return store.commitment(id).map(commitment -> {
            Map<String, Optional<LocalDate>> done = completed(List.of(commitment));
            return done == null ? commitment : tracked(commitment, done);
        });
    }

    private List<PairingHistory> tracked(List<PairingHistory> histories) {
        List<Commitment> all = histories.stream().flatMap(history -> history.commitments().stream()).toList();
        Map<String, Optional<LocalDate>> done = completed(all);
        if (done == null) {
            return histories;
        }
        return histories.stream().map(history -> new PairingHistory(history.pairing(), history.sessions(),
                history.commitments().stream().map(c -> tracked(c, done)).toList(), history.threads())).toList();
    }

    /** What the host says of the tracked ones, in one call; null when none is tracked (nothing to ask). */
    private Map<String, Optional<LocalDate>> completed(Collection<Commitment> commitments) {
        List<String> keys = commitments.stream().filter(Commitment::isTracked).map(Commitment::workItemKey)
                .distinct().toList();
        return keys.isEmpty() ? null : workItems.completed(keys);
    }

    /** As its item says; one whose item is gone (deleted in the host) is Throughline's own again, as recorded. */
    private static Commitment tracked(Commitment commitment, Map<String, Optional<LocalDate>> done) {
        if (!commitment.isTracked()) {
            return commitment;
        }
        Optional<LocalDate> item = done.get(commitment.workItemKey());
        return item == null ? commitment.withWorkItemKey(null) : commitment.asTracked(item.orElse(null));
    }

    @Override
    public Pairing savePairing(Pairing pairing) {
        return store.savePairing(pairing);
    }

    @Override
    public Pairing updatePairing(long pairingId, UnaryOperator<Pairing> change) {
        return store.updatePairing(pairingId, change);
    }

    @Override
    public Optional<Pairing> pairing(long id) {
        return store.pairing(id);
    }

    @Override
    public List<Pairing> pairingsOf(UserKey user) {
        return store.pairingsOf(user);
    }

    @Override
    public Session saveSession(Session session) {
        return store.saveSession(session);
    }

    @Override
    public Optional<Session> session(long id) {
        return store.session(id);
    }

    @Override
    public Commitment saveCommitment(Commitment commitment) {
        return store.saveCommitment(commitment);
    }

    @Override
    public DevelopmentThread saveThread(DevelopmentThread thread) {
        return store.saveThread(thread);
    }

    @Override
    public Optional<DevelopmentThread> thread(long id) {
        return store.thread(id);
    }

    @Override
    public void deletePairing(long pairingId) {
        store.deletePairing(pairingId);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(work);
    }
}
