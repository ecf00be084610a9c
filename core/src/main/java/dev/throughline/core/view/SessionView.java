package dev.throughline.core.view;

import java.util.List;

/**
 * One session as the live page, the finish page and REST show it.
 *
 * @param version         send it back with every change: a stale one is answered with a conflict
 * @param viewerIsManager only the manager changes a session; the report reads it
 * @param editable        the session is still scheduled (live) or held with an unsent recap
 * @param previous        the Progress Check's look back: "Last time (Thu 3 Dec 2026): <focus>", or the first-session
 *                        message
 * @param carried         the commitments the Progress Check reviews
 * @param made            the commitments made in this session
 * @param thread          the report's active development thread, or null
 * @param recap           the recap once the session was held, else null
 */
public record SessionView(long id, long pairingId, long version, String state, String stateText, String scheduled,
                          String scheduledAt, String reportName, String managerName, boolean viewerIsManager,
                          boolean live, boolean editable, String focus, List<SegmentView> segments, Talk talk,
                          String previous, List<CommitmentView> carried, List<CommitmentView> made, ThreadView thread,
                          Recap recap, List<WarningView> warnings) {

    /**
     * One segment with its time box, core question and script.
     *
     * @param openedAt epoch milliseconds the segment was opened, 0 when not yet: the page's timer runs from it
     * @param canOpen  the previous segment was opened and this one was not
     */
    public record SegmentView(String id, int position, String name, String question, String timeBox,
                              int plannedMinutes, Integer actualMinutes, boolean opened, boolean running,
                              boolean canOpen, long openedAt, String notes, String fit, boolean farOutside,
                              Script script) {
    }

    /**
     * The script in the chosen tone; {@code tones} lists every tone with whether it is the chosen one.
     *
     * @param parts text, values filled from the record, and blanks for the manager to fill while speaking
     */
    public record Script(String tone, String toneName, String reason, List<Part> parts, String plainText,
                         List<ToneOption> tones) {
    }

    /** @param kind {@code text}, {@code filled} or {@code blank} */
    public record Part(String kind, String text) {
    }

    public record ToneOption(String id, String name, boolean chosen) {
    }

    /** The talk-time split; {@code tooMuch} past the 40% the manager should not exceed. */
    public record Talk(long managerSeconds, long reportSeconds, int managerShare, boolean recorded, boolean tooMuch,
                       int limitPercent) {
    }

    /** @param recommended the recap is worth sending: a commitment made here has an owner and a due date */
    public record Recap(String text, List<String> lines, boolean sent, String sentAt, boolean recommended) {
    }
}
