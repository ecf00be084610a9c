package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Sets up who meets whom: a manager pairs with a direct report and adjusts the pairing later. */
public final class PairingService {

    private final OneOnOneStore store;
    private final People people;
    private final Clock clock;

    public PairingService(OneOnOneStore store, People people, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a manager states about a report; {@code cadenceOverride} null follows the suggestion. */
    public record Setup(LocalDate teamStartDate, LocalDate roleStartDate, boolean lessConfident,
                        Cadence cadenceOverride) {
    }

    /** The pairings the viewer is part of, as manager or as report. */
    public List<Pairing> of(UserKey viewer) {
        return store.pairingsOf(viewer);
    }

    /** The viewer becomes the manager of a new pairing with {@code report}. */
    /** The user someone typed (a user name or key), or empty when there is no such user. */
    public Optional<UserKey> user(String typed) {
        return people.named(typed);
    }

    /** The manager sets up a pairing with a report typed by name (or key): an unknown one is refused by name. */
    public Pairing create(UserKey manager, String report, Setup setup) {
        if (report == null || report.isBlank()) {
            throw new DomainException("error.user.required", "report");
        }
        return create(manager, people.named(report).orElseThrow(() -> new DomainException("error.user.unknown",
                "report", report.trim())), setup);
    }

    public Pairing create(UserKey manager, UserKey report, Setup setup) {
        if (report == null) {
            throw new DomainException("error.user.required", "report");
        }
        if (people.displayName(report).isEmpty()) {
            throw new DomainException("error.user.unknown", "report", report.value());
        }
        if (store.pairingsOf(manager).stream().anyMatch(p -> p.manager().equals(manager)
                && p.report().equals(report))) {
            throw new DomainException("error.pairing.exists", "report", people.nameOf(report));
        }
        return store.savePairing(pairing(0, manager, report, setup));
    }

    /**
     * The manager changes start dates, the confidence flag or the cadence: checked against, and applied to, the
     * pairing as the write reads it, so a manager erased or replaced meanwhile is neither let in nor written back.
     */
    public Pairing update(UserKey viewer, long pairingId, Setup setup) {
        Objects.requireNonNull(setup, "setup");
        return store.updatePairing(pairingId, current -> {
            if (!current.involves(viewer)) {
                throw new NotFoundException("pairing", pairingId);
            }
            PairingAccess.requireManager(viewer, current);
            return pairing(current.id(), current.manager(), current.report(), setup);
        });
    }

    private Pairing pairing(long id, UserKey manager, UserKey report, Setup setup) {
        Objects.requireNonNull(setup, "setup");
        LocalDate today = LocalDate.now(clock);
        if (setup.teamStartDate() != null && setup.teamStartDate().isAfter(today)) {
            throw new DomainException("error.date.future", "teamStartDate");
        }
        if (setup.roleStartDate() != null && setup.roleStartDate().isAfter(today)) {
            throw new DomainException("error.date.future", "roleStartDate");
        }
        return new Pairing(id, manager, report, setup.teamStartDate(), setup.roleStartDate(), setup.lessConfident(),
                setup.cadenceOverride());
    }
}
