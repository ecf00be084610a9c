package dev.throughline.core.privacy;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.store.OneOnOneStore;

import java.util.List;
import java.util.Objects;

/**
 * A person's right to see and to be forgotten. Export gathers every pairing the user is part of, with all its
 * records. Erasure deletes every pairing in which the user is the report (the content is about them) and, where
 * the user was the manager, replaces their key with an anonymous one so the report keeps their own history.
 */
public final class UserData {

    /** Prefix of the key that replaces an erased manager. */
    public static final String ANONYMOUS_MANAGER = "former-manager-";

    private final OneOnOneStore store;

    public UserData(OneOnOneStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public Export export(UserKey user) {
        List<PairingHistory> pairings = store.pairingsOf(user).stream()
                .flatMap(pairing -> store.history(pairing.id()).stream()) // one erased meanwhile is gone
                .toList();
        return new Export(user, pairings);
    }

    /** Erases the user in one transaction: all of it happens, or none. */
    public Erasure erase(UserKey user) {
        return store.inTransaction(() -> {
            int deleted = 0;
            int anonymised = 0;
            for (Pairing pairing : store.pairingsOf(user)) {
                if (pairing.report().equals(user)) {
                    store.deletePairing(pairing.id());
                    deleted++;
                } else {
                    store.updatePairing(pairing.id(), current -> new Pairing(current.id(),
                            UserKey.of(ANONYMOUS_MANAGER + current.id()), current.report(), current.teamStartDate(),
                            current.roleStartDate(), current.lessConfident(), current.cadenceOverride()));
                    anonymised++;
                }
            }
            return new Erasure(user, deleted, anonymised);
        });
    }

    /** Everything kept about one user. */
    public record Export(UserKey user, List<PairingHistory> pairings) {
    }

    /** What an erasure did. */
    public record Erasure(UserKey user, int pairingsDeleted, int pairingsAnonymised) {
    }
}
