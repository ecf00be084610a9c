package dev.throughline.core.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The manager's own action items across all their pairings: every manager-owned commitment not yet done,
 * missed ones first, then by due date (undated last).
 */
public final class ManagerTaskList {

    private static final Comparator<TrackedCommitment> ORDER =
            Comparator.comparing((TrackedCommitment item) -> item.status() != CommitmentStatus.MISSED)
                    .thenComparing(item -> item.commitment().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(item -> item.commitment().id());

    private ManagerTaskList() {
    }

    public static List<TrackedCommitment> of(Collection<Commitment> commitments, LocalDate today) {
        return commitments.stream()
                .filter(c -> c.owner() == Party.MANAGER && !c.isDone())
                .map(c -> TrackedCommitment.of(c, today))
                .sorted(ORDER)
                .toList();
    }
}
