package dev.throughline.core.cadence;

import dev.throughline.core.pairing.Pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a pairing stands against its cadence on the day it is shown.
 *
 * @param suggestion    what the method suggests, whatever the manager chose
 * @param effective     the cadence in force: the manager's override, else the suggestion
 * @param overridden    the manager chose the cadence
 * @param lastHeld      the date of the last held session, if any
 * @param nextDue       the last held date plus the effective interval; today when no session was ever held
 * @param nextScheduled the date of the next session still to be held, if one is scheduled
 * @param overdue       the next one-on-one was due before today and nothing is scheduled
 */
public record CadenceStatus(Pairing pairing, CadenceSuggestion suggestion, Cadence effective, boolean overridden,
                            Optional<LocalDate> lastHeld, LocalDate nextDue, Optional<LocalDate> nextScheduled,
                            boolean overdue) {

    public CadenceStatus {
        Objects.requireNonNull(pairing, "pairing");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(lastHeld, "lastHeld");
        Objects.requireNonNull(nextDue, "nextDue");
        Objects.requireNonNull(nextScheduled, "nextScheduled");
    }
}
