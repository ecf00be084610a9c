package dev.throughline.confluence;

import dev.throughline.core.view.CommitmentView;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.RecapsView;
import dev.throughline.core.view.ReportView;
import dev.throughline.core.view.ThreadView;

import java.util.List;
import java.util.stream.IntStream;

/** Views as Throughline for Jira sends them, with as much history as a test wants and whatever text it gives. */
public final class Views {

    /** What someone might type into a growth area, a note or a recap. */
    public static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";

    private Views() {
    }

    /** A thread whose history has {@code entries} entries, newest (highest session) first. */
    public static ThreadView thread(String growthArea, int entries) {
        List<ThreadView.Entry> history = IntStream.range(0, entries)
                .mapToObj(i -> new ThreadView.Entry(entries - i, "Day " + (entries - i), "Note " + (entries - i),
                        null, null))
                .toList();
        return new ThreadView(1, 1, growthArea, "Senior engineer", "Design reviews", "Leads a review",
                "Run one review", "Mon 4 Jan 2027", "2027-01-04", false, "ACTIVE", "Active", true, false,
                "Thu 1 Oct 2026", history);
    }

    public static DevelopmentView development(ThreadView active, boolean viewerIsManager) {
        return new DevelopmentView(7, "Alex Report", "Morgan Manager", viewerIsManager,
                active == null ? null : active.growthArea(), active == null ? null : active.nextStep(), active,
                List.of());
    }

    public static CommitmentView commitment(String text) {
        return new CommitmentView(3, 2, text, "REPORT", "Alex Report", "2026-12-01", "Tue 1 Dec 2026", "OPEN",
                "Open", "ACTION", "Action", null, "Mon 30 Nov 2026", false, false);
    }

    /** {@code count} recaps, newest first, each with one line and one commitment. */
    public static RecapsView recaps(int count, String line) {
        List<ReportView.RecapItem> items = IntStream.range(0, count)
                .mapToObj(i -> new ReportView.RecapItem(count - i, "Recap day " + (count - i), "sent",
                        List.of(line), List.of(commitment("Commitment " + (count - i)))))
                .toList();
        return new RecapsView(7, "Alex Report", "Morgan Manager", items);
    }

    public static OperatingTemplateView filledTemplate(String commitment) {
        return new OperatingTemplateView("The one-on-one", List.of("Prep 1"),
                List.of(new OperatingTemplateView.Segment(1, "Progress Check", "10-15 min", "What moved?")),
                List.of("After 1"), "Weekly",
                new OperatingTemplateView.Live("Alex Report", "Last time: Mon 23 Nov 2026",
                        List.of(commitment(commitment)), thread("Public speaking", 1),
                        List.of("Progress Check: Standard")));
    }
}
