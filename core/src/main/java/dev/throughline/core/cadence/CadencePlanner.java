package dev.throughline.core.cadence;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a pairing should meet. Weekly while the report is in their first 12 months on the team or in a new
 * role, every two weeks after; the manager's own choice wins over the suggestion.
 *
 * <p>A pairing is overdue when its next one-on-one was due before today and no session is scheduled at all;
 * a scheduled session, even a late one, means the manager has it in hand. "Late" is not a separate state.
 */
public final class CadencePlanner {

    /** How long a new start (joining the team, or a new role) keeps the weekly cadence. */
    public static final int WEEKLY_MONTHS = 12;

    private static final Comparator<CadenceStatus> MOST_OVERDUE_FIRST =
            Comparator.comparing(CadenceStatus::nextDue)
                    .thenComparing(status -> status.pairing().report().value())
                    .thenComparingLong(status -> status.pairing().id());

    private final Clock clock;

    public CadencePlanner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cadence the method suggests for the pairing today, with its reason. */
    public CadenceSuggestion suggest(Pairing pairing) {
        return suggest(pairing.teamStartDate(), pairing.roleStartDate());
    }

    /**
     * The cadence the method suggests today for a report who joined the team on {@code teamStart} and, when not
     * null and later, started their current role on {@code roleStart}: what the set-up page shows while typing.
     */
    public CadenceSuggestion suggest(LocalDate teamStart, LocalDate roleStart) {
        Objects.requireNonNull(teamStart, "teamStart");
        boolean newRole = roleStart != null && !roleStart.isBefore(teamStart);
        LocalDate tenureStart = newRole ? roleStart : teamStart;
        if (LocalDate.now(clock).isBefore(tenureStart.plusMonths(WEEKLY_MONTHS))) {
            return new CadenceSuggestion(Cadence.WEEKLY, newRole ? CadenceSuggestion.NEW_ROLE
                    : CadenceSuggestion.FIRST_YEAR);
        }
        return new CadenceSuggestion(Cadence.BIWEEKLY, CadenceSuggestion.EXPERIENCED);
    }

    /** The cadence in force: the manager's override when there is one, else the suggestion. */
    public Cadence effective(Pairing pairing) {
        return pairing.override().orElseGet(() -> suggest(pairing).cadence());
    }

    public CadenceStatus status(PairingHistory history) {
        Pairing pairing = history.pairing();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Cadence effective = effective(pairing);
        Optional<LocalDate> lastHeld = history.lastHeld().map(session -> session.date(zone));
        LocalDate nextDue = lastHeld.map(date -> date.plusDays(effective.intervalDays())).orElse(today);
        Optional<LocalDate> nextScheduled = history.nextScheduled().map(session -> session.date(zone));
        boolean overdue = nextDue.isBefore(today) && nextScheduled.isEmpty();
        return new CadenceStatus(pairing, suggest(pairing), effective, pairing.override().isPresent(), lastHeld,
                nextDue, nextScheduled, overdue);
    }

    /** The team overview's list: every overdue pairing, the longest overdue first. */
    public List<CadenceStatus> overdue(Collection<PairingHistory> histories) {
        return histories.stream()
                .map(this::status)
                .filter(CadenceStatus::overdue)
                .sorted(MOST_OVERDUE_FIRST)
                .toList();
    }
}
