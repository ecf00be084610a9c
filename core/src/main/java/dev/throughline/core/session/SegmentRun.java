package dev.throughline.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One segment of one session: its notes and how its time was planned and spent.
 *
 * @param plannedMinutes minutes the manager planned (defaults to the box's minimum)
 * @param openedAt       when the segment was opened in the live session, or null if it never was
 * @param actualMinutes  minutes actually spent, known once the next segment opens or the session ends
 */
public record SegmentRun(Segment segment, String notes, int plannedMinutes, Instant openedAt, Integer actualMinutes) {

    public SegmentRun {
        Objects.requireNonNull(segment, "segment");
    }

    public static SegmentRun fresh(Segment segment) {
        return new SegmentRun(segment, null, segment.timeBox().minMinutes(), null, null);
    }

    public boolean opened() {
        return openedAt != null;
    }

    /** Opened but its time not yet counted: the segment the live session is in. */
    public boolean running() {
        return openedAt != null && actualMinutes == null;
    }

    public boolean hasNotes() {
        return notes != null && !notes.isBlank();
    }

    /** Skipped: never opened, or opened and left without a word of notes. */
    public boolean skippedOrEmpty() {
        return !opened() || !hasNotes();
    }

    public Optional<TimeBox.Fit> fit() {
        return Optional.ofNullable(actualMinutes).map(segment.timeBox()::assess);
    }

    SegmentRun withNotes(String newNotes) {
        return new SegmentRun(segment, newNotes, plannedMinutes, openedAt, actualMinutes);
    }

    SegmentRun withPlannedMinutes(int minutes) {
        return new SegmentRun(segment, notes, minutes, openedAt, actualMinutes);
    }

    SegmentRun open(Instant at) {
        return new SegmentRun(segment, notes, plannedMinutes, at, null);
    }

    /** Counts the minutes from opening until {@code at} (rounded to the nearest minute). */
    SegmentRun close(Instant at) {
        long seconds = Math.max(0, Duration.between(openedAt, at).getSeconds());
        return new SegmentRun(segment, notes, plannedMinutes, openedAt, (int) ((seconds + 30) / 60));
    }
}
