package dev.throughline.core.view;

import java.util.List;

/** What a report sees of their own one-on-ones: per manager, their development answer, their recaps and tasks. */
public record ReportView(String reportName, List<Pairing> pairings) {

    /**
     * @param developedToward null when no development thread is active
     * @param recaps          the recaps the manager sent, newest first
     */
    public record Pairing(long pairingId, String managerName, String developedToward, String workOn,
                          ThreadView thread, String nextSession, List<RecapItem> recaps,
                          List<CommitmentView> commitments) {
    }

    /** One sent recap. */
    public record RecapItem(long sessionId, String date, String sentAt, List<String> lines,
                            List<CommitmentView> commitments) {
    }
}
