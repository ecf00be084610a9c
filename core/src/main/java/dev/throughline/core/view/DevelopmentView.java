package dev.throughline.core.view;

import java.util.List;

/**
 * A pairing's development threads: the active one with its full history, and the earlier ones. The report's own
 * answers to "What am I being developed toward?" and "What does my manager think I need to work on?" lead.
 *
 * @param active null when the report has no active thread
 */
public record DevelopmentView(long pairingId, String reportName, String managerName, boolean viewerIsManager,
                              String developedToward, String workOn, ThreadView active, List<ThreadView> earlier) {
}
