package dev.throughline.core.reflection;

import dev.throughline.core.development.DevelopmentSummary;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The manager's periodic reflection: "Could each report say what I think they should work on to grow?".
 * A report can say when they have an active development thread that names what to work on (a gap or a next step)
 * and whose review is not overdue. Reports who could not say come first, then by report key.
 */
public final class Reflection {

    /** i18n key of the question the reflection answers. */
    public static final String QUESTION_KEY = "reflection.question";

    private static final Comparator<ReflectionLine> ORDER =
            Comparator.comparing(ReflectionLine::canSay)
                    .thenComparing(line -> line.pairing().report().value())
                    .thenComparingLong(line -> line.pairing().id());

    private final Clock clock;

    public Reflection(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<ReflectionLine> reflect(Collection<PairingHistory> team) {
        LocalDate today = LocalDate.now(clock);
        return team.stream().map(history -> line(history, today)).sorted(ORDER).toList();
    }

    private static ReflectionLine line(PairingHistory history, LocalDate today) {
        Optional<DevelopmentThread> active = history.activeThread();
        Optional<DevelopmentSummary> answer = DevelopmentSummary.of(active, today);
        String reason = reason(active, answer, today);
        return new ReflectionLine(history.pairing(), ReflectionLine.CLEAR.equals(reason), answer, reason);
    }

    private static String reason(Optional<DevelopmentThread> active, Optional<DevelopmentSummary> answer,
                                 LocalDate today) {
        if (active.isEmpty()) {
            return ReflectionLine.NO_THREAD;
        }
        if (active.get().isReviewOverdue(today)) {
            return ReflectionLine.REVIEW_OVERDUE;
        }
        return answer.flatMap(DevelopmentSummary::workOn).isPresent() ? ReflectionLine.CLEAR
                : ReflectionLine.NOTHING_NAMED;
    }
}
