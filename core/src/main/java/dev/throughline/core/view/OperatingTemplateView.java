package dev.throughline.core.view;

import java.util.List;

/**
 * The operating template of a one-on-one: the 2-minute prep, the three segments with their time boxes and core
 * questions, the steps after the meeting and the cadence rule. With a pairing's live data when the viewer may see
 * it ({@code live} null otherwise).
 */
public record OperatingTemplateView(String title, List<String> prep, List<Segment> segments, List<String> after,
                                    String cadence, Live live) {

    public record Segment(int position, String name, String timeBox, String question) {
    }

    /**
     * The pairing's data the template is filled with.
     *
     * @param tones  the tone the rules pick for each segment today, with why ("Progress Check: Firm — a
     *               commitment was missed")
     * @param thread the active development thread, or null
     */
    public record Live(String reportName, String previous, List<CommitmentView> commitments, ThreadView thread,
                       List<String> tones) {
    }
}
