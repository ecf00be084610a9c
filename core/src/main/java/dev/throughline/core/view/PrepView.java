package dev.throughline.core.view;

import java.util.List;

/**
 * The 2-minute prep for an upcoming session: last notes and commitments, one thing to acknowledge, one
 * development topic.
 *
 * @param lastNotes     the last held session's notes per segment (only segments that have some)
 * @param acknowledge   what to acknowledge, or null: then {@code acknowledgeHint} prompts for it
 * @param topicThread   the development thread to raise, or null when one should be introduced
 */
public record PrepView(long sessionId, long pairingId, String reportName, String scheduled, boolean firstSession,
                       String previous, List<Note> lastNotes, List<CommitmentView> commitments, int missed,
                       String acknowledge, String acknowledgeHint, String topic, boolean reviewDue,
                       ThreadView topicThread) {

    public record Note(String segment, String notes) {
    }
}
