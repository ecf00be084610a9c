package dev.throughline.core.view;

import java.util.List;

/**
 * A manager's team at a glance: one row per report, the manager's own open tasks from every pairing, and the
 * reflection question with each report's answer.
 */
public record TeamView(String managerName, List<Row> reports, List<CommitmentView> myTasks, String reflectionQuestion,
                       int reportsWhoCanSay) {

    /**
     * One report.
     *
     * @param nextSessionId the next scheduled session, or 0 when none is scheduled
     * @param canSay        the report could say what the manager thinks they should work on
     */
    public record Row(long pairingId, String reportKey, String reportName, String cadence, String suggestedCadence,
                      String cadenceReason, boolean cadenceOverridden, String lastHeld, String nextDue, boolean overdue,
                      long nextSessionId, String nextScheduled, int openCommitments, int missedCommitments,
                      ThreadView thread, List<WarningView> warnings, boolean canSay, String reflection,
                      String developedToward, String workOn) {
    }
}
