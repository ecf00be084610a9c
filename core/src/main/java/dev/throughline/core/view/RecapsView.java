package dev.throughline.core.view;

import java.util.List;

/** The last recaps of a pairing, newest first, each with its commitments as they stand today. */
public record RecapsView(long pairingId, String reportName, String managerName, List<ReportView.RecapItem> recaps) {
}
