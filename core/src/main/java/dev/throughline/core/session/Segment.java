package dev.throughline.core.session;

import java.util.Locale;
import java.util.Optional;

/** The three segments of every one-on-one, in the order they run. */
public enum Segment {
    PROGRESS_CHECK(new TimeBox(5, 10)),
    BLOCKER_CLEARING(new TimeBox(5, 10)),
    DEVELOPMENT_THREAD(new TimeBox(10, 15));

    private final TimeBox timeBox;

    Segment(TimeBox timeBox) {
        this.timeBox = timeBox;
    }

    public TimeBox timeBox() {
        return timeBox;
    }

    /** Position in the meeting, from 1. */
    public int position() {
        return ordinal() + 1;
    }

    public Optional<Segment> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Lower-case id used in URLs, field names and i18n keys: {@code progress-check}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String nameKey() {
        return "segment." + id() + ".name";
    }

    /** The segment's core question. */
    public String questionKey() {
        return "segment." + id() + ".question";
    }

    public static Optional<Segment> fromId(String id) {
        for (Segment segment : values()) {
            if (segment.id().equals(id)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
