package dev.throughline.core.service;

import dev.throughline.core.ForbiddenException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.store.OneOnOneStore;

import java.util.Objects;

/**
 * Who may see and change a pairing: its manager and its report see everything recorded in it; only the manager
 * runs sessions, records the development thread and sets the pairing up. Anyone else is told the pairing does
 * not exist, exactly as for an id that was never used, so an outsider cannot even learn that it does.
 */
public final class PairingAccess {

    private final OneOnOneStore store;

    public PairingAccess(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The pairing's history, for its manager or its report. */
    public PairingHistory seenBy(UserKey viewer, long pairingId) {
        return store.history(pairingId)
                .filter(history -> history.pairing().involves(viewer))
                .orElseThrow(() -> new NotFoundException("pairing", pairingId));
    }

    /**
     * The record around a session, as its view reads it ({@link OneOnOneStore#sessionHistory}), for the pairing's
     * manager or report; to anyone else the session does not exist.
     */
    public PairingHistory aroundSession(UserKey viewer, long sessionId) {
        return store.sessionHistory(sessionId)
                .filter(history -> history.pairing().involves(viewer))
                .orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    /** The pairing's history, for its manager; its report may look but not change. */
    public PairingHistory managedBy(UserKey viewer, long pairingId) {
        PairingHistory history = seenBy(viewer, pairingId);
        requireManager(viewer, history.pairing());
        return history;
    }

    /** The pairing itself, for its manager or its report (one statement, no history). */
    public Pairing pairingSeenBy(UserKey viewer, long pairingId) {
        return pairingOf(viewer, pairingId, "pairing", pairingId);
    }

    /**
     * The pairing a session, thread or commitment ({@code kind} #{@code id}) belongs to, for its manager or its
     * report; to anyone else that record does not exist, and the pairing is not named.
     */
    public Pairing pairingOf(UserKey viewer, long pairingId, String kind, long id) {
        return store.pairing(pairingId)
                .filter(pairing -> pairing.involves(viewer))
                .orElseThrow(() -> new NotFoundException(kind, id));
    }

    /** The pairing itself, for its manager. */
    public Pairing pairingManagedBy(UserKey viewer, long pairingId) {
        Pairing pairing = pairingSeenBy(viewer, pairingId);
        requireManager(viewer, pairing);
        return pairing;
    }

    static void requireManager(UserKey viewer, Pairing pairing) {
        if (!pairing.manager().equals(viewer)) {
            throw new ForbiddenException("error.manager.only");
        }
    }
}
