package dev.throughline.core.prep;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.progress.ProgressCheck;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.SegmentRun;
import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Builds the 2-minute prep for an upcoming session from the pairing's history. */
public final class PrepBuilder {

    private final Clock clock;

    public PrepBuilder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Prep build(PairingHistory history, Session upcoming) {
        ZoneId zone = clock.getZone();
        Optional<Session> lastHeld = history.heldBefore(upcoming);
        ProgressCheck progress = ProgressCheck.of(history, upcoming, LocalDate.now(clock), zone);
        return new Prep(progress, notesOf(lastHeld), Acknowledgement.pick(history, lastHeld, zone),
                DevelopmentTopic.choose(history, upcoming.date(zone)));
    }

    private static Map<Segment, String> notesOf(Optional<Session> session) {
        Map<Segment, String> notes = new EnumMap<>(Segment.class);
        session.ifPresent(held -> held.segments().stream()
                .filter(SegmentRun::hasNotes)
                .forEach(run -> notes.put(run.segment(), run.notes())));
        return notes;
    }
}
