package dev.throughline.core.habits;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.util.List;

/**
 * The most recent held session handed the report more than two new tasks: commitments the report owns that
 * are neither a development step nor a blocker follow-up.
 */
final class AssignsWork implements HabitRule {

    static final int MAX_NEW_REPORT_TASKS = 2;
    static final String EVIDENCE = "habit.assigns-work.evidence";

    @Override
    public List<Finding> find(PairingHistory history, Now now) {
        return history.lastHeld()
                .filter(session -> newReportTasks(history, session) > MAX_NEW_REPORT_TASKS)
                .map(session -> Finding.about(ManagerHabit.ASSIGNS_WORK, session, now, EVIDENCE,
                        newReportTasks(history, session), now.dateOf(session)))
                .stream().toList();
    }

    private static long newReportTasks(PairingHistory history, Session session) {
        return history.commitmentsMadeIn(session.id()).stream().filter(AssignsWork::isReportTask).count();
    }

    private static boolean isReportTask(Commitment commitment) {
        return commitment.owner() == Party.REPORT && commitment.kind() == CommitmentKind.OTHER;
    }
}
