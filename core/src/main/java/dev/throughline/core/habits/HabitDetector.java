package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Spots the five manager habits in recent behaviour: the latest held session, the current run of
 * cancellations, the last four weeks of reschedules and the active development thread. Warnings come in the
 * order of {@link ManagerHabit}, then by date.
 */
public final class HabitDetector {

    private static final Comparator<Finding> ORDER =
            Comparator.comparing((Finding finding) -> finding.warning().habit())
                    .thenComparing(Finding::date)
                    .thenComparingLong(finding -> finding.warning().pairingId())
                    .thenComparingLong(finding -> finding.warning().sessionId());

    private final Clock clock;
    private final List<HabitRule> rules = List.of(new TalksTooMuch(), new AvoidsHardTopics(), new CancelsSessions(),
            new AssignsWork(), new SkipsNotes());

    public HabitDetector(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The warnings for one pairing. */
    public List<HabitWarning> detect(PairingHistory history) {
        return detect(List.of(history));
    }

    /** The warnings across the manager's pairings. */
    public List<HabitWarning> detect(Collection<PairingHistory> histories) {
        Now now = Now.of(clock);
        return histories.stream()
                .flatMap(history -> rules.stream().flatMap(rule -> rule.find(history, now).stream()))
                .sorted(ORDER)
                .map(Finding::warning)
                .toList();
    }
}
