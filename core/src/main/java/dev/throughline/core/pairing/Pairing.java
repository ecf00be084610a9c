package dev.throughline.core.pairing;

import dev.throughline.core.DomainException;
import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.people.UserKey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A manager and one direct report who meet one-on-one.
 *
 * @param id              store id, 0 before the pairing is saved
 * @param manager         the manager
 * @param report          the direct report
 * @param teamStartDate   when the report joined the manager's team
 * @param roleStartDate   when the report started their current role, if that is more recent than joining
 * @param lessConfident   the manager flagged the report as less confident: scripts start soft
 * @param cadenceOverride the manager's choice of cadence, or null to follow the suggestion
 */
public record Pairing(long id, UserKey manager, UserKey report, LocalDate teamStartDate, LocalDate roleStartDate,
                      boolean lessConfident, Cadence cadenceOverride) {

    public Pairing {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(report, "report");
        if (teamStartDate == null) {
            throw new DomainException("error.required", "teamStartDate");
        }
        if (manager.equals(report)) {
            throw new DomainException("error.pairing.self", "report");
        }
        if (roleStartDate != null && roleStartDate.isBefore(teamStartDate)) {
            roleStartDate = null; // a role started before joining the team says nothing about tenure here
        }
    }

    public Optional<Cadence> override() {
        return Optional.ofNullable(cadenceOverride);
    }

    /** The most recent start: a new role restarts the clock that weekly cadence and soft tone run on. */
    public LocalDate tenureStart() {
        return roleStartDate != null ? roleStartDate : teamStartDate;
    }

    /** Whether the user is this pairing's manager or report. */
    public boolean involves(UserKey user) {
        return manager.equals(user) || report.equals(user);
    }

    public Pairing withId(long newId) {
        return new Pairing(newId, manager, report, teamStartDate, roleStartDate, lessConfident, cadenceOverride);
    }

    public Pairing withCadenceOverride(Cadence cadence) {
        return new Pairing(id, manager, report, teamStartDate, roleStartDate, lessConfident, cadence);
    }
}
