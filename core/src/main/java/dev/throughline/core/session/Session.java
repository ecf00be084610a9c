package dev.throughline.core.session;

import dev.throughline.core.DomainException;
import dev.throughline.core.Texts;
import dev.throughline.core.i18n.MessageKey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One one-on-one. Immutable: every change returns a new value, and rejects what the method does not allow
 * with a {@link DomainException}. A live session opens its segments strictly in order; notes can be written
 * into any opened segment until the recap is sent.
 *
 * @param scheduledAt    when the session is (or was) to take place
 * @param stateChangedAt when it was held, cancelled or rescheduled; null while scheduled
 * @param rescheduledTo  the new time, when rescheduled (a new session is scheduled there)
 * @param focus          the main thing discussed, carried into the next session's Progress Check
 * @param version        optimistic-concurrency version, increased by the store on every save
 */
public record Session(long id, long pairingId, Instant scheduledAt, SessionState state, Instant stateChangedAt,
                      Instant rescheduledTo, String focus, List<SegmentRun> segments, TalkTime talkTime,
                      Recap recap, Instant recapSentAt, long version) {

    public static final int MAX_PLANNED_MINUTES = 60;

    /** How far ahead a session may be scheduled or moved. */
    public static final Period MAX_AHEAD = Period.ofYears(1);

    public Session {
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(state, "state");
        segments = List.copyOf(segments);
        if (segments.size() != Segment.values().length) {
            throw new IllegalArgumentException("a session has exactly three segments");
        }
        for (Segment segment : Segment.values()) {
            if (segments.get(segment.ordinal()).segment() != segment) {
                throw new IllegalArgumentException("segments out of order: " + segments);
            }
        }
        talkTime = talkTime == null ? TalkTime.NONE : talkTime;
    }

    /** A new session for the pairing at {@code at}: not before today, and within the next year. */
    public static Session schedule(long pairingId, Instant at, Clock clock) {
        Objects.requireNonNull(at, "at");
        LocalDate today = LocalDate.now(clock);
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        if (day.isBefore(today)) {
            throw new DomainException("error.session.past", "scheduledAt");
        }
        if (day.isAfter(today.plus(MAX_AHEAD))) {
            throw new DomainException("error.session.too.far", "scheduledAt");
        }
        return scheduled(pairingId, at);
    }

    /** A scheduled session without the date check: for history being imported or recorded after the fact. */
    public static Session scheduled(long pairingId, Instant at) {
        List<SegmentRun> runs = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            runs.add(SegmentRun.fresh(segment));
        }
        return new Session(0, pairingId, at, SessionState.SCHEDULED, null, null, null, runs, TalkTime.NONE,
                null, null, 0);
    }

    public SegmentRun segment(Segment segment) {
        return segments.get(segment.ordinal());
    }

    public LocalDate date(ZoneId zone) {
        return LocalDate.ofInstant(scheduledAt, zone);
    }

    /**
     * The day what is agreed or recorded in the session is dated: its own day, or today when it is run early, never a
     * day still to come.
     */
    public LocalDate recordedOn(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date(clock.getZone());
        return day.isAfter(today) ? today : day;
    }

    public Optional<Recap> recapValue() {
        return Optional.ofNullable(recap);
    }

    public boolean isHeld() {
        return state == SessionState.HELD;
    }

    /** The segment the live session is in, if any. */
    public Optional<Segment> currentSegment() {
        return segments.stream().filter(SegmentRun::running).map(SegmentRun::segment).findFirst();
    }

    /** Opens the next segment, counting the time of the one before. Segments open in order, each once. */
    public Session openSegment(Segment segment, Instant now) {
        requireScheduled();
        SegmentRun run = segment(segment);
        if (run.opened()) {
            throw new DomainException("error.segment.already.opened", "segment", MessageKey.of(segment.nameKey()));
        }
        Optional<Segment> previous = segment.previous();
        if (previous.isPresent() && !segment(previous.get()).opened()) {
            throw new DomainException("error.segment.order", "segment", MessageKey.of(segment.nameKey()),
                    MessageKey.of(previous.get().nameKey()));
        }
        List<SegmentRun> runs = closeRunning(now);
        runs.set(segment.ordinal(), run.open(now));
        return withSegments(runs);
    }

    /** Replaces the notes of an opened segment (or of any segment once the session was held). */
    public Session recordNotes(Segment segment, String notes) {
        if (state == SessionState.CANCELLED || state == SessionState.RESCHEDULED) {
            throw new DomainException("error.session.not.editable", "state", MessageKey.of(state.i18nKey()));
        }
        if (state == SessionState.SCHEDULED && !segment(segment).opened()) {
            throw new DomainException("error.segment.not.opened", "segment", MessageKey.of(segment.nameKey()));
        }
        if (recapSentAt != null) {
            throw new DomainException("error.session.recap.sent", "notes");
        }
        List<SegmentRun> runs = new ArrayList<>(segments);
        runs.set(segment.ordinal(), segment(segment).withNotes(Texts.optional(notes, "notes", Texts.LONG_MAX)));
        return withSegments(runs);
    }

    public Session planMinutes(Segment segment, int minutes) {
        requireScheduled();
        if (minutes < 1 || minutes > MAX_PLANNED_MINUTES) {
            throw new DomainException("error.segment.planned.range", "plannedMinutes", 1, MAX_PLANNED_MINUTES);
        }
        List<SegmentRun> runs = new ArrayList<>(segments);
        runs.set(segment.ordinal(), segment(segment).withPlannedMinutes(minutes));
        return withSegments(runs);
    }

    public Session withFocus(String newFocus) {
        if (state == SessionState.CANCELLED || state == SessionState.RESCHEDULED) {
            throw new DomainException("error.session.not.editable", "state", MessageKey.of(state.i18nKey()));
        }
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo,
                Texts.optional(newFocus, "focus", Texts.SHORT_MAX), segments, talkTime, recap, recapSentAt, version);
    }

    /** Adds talk time measured in the live session (or corrected before the recap is sent). */
    public Session recordTalk(TalkTime more) {
        requireEditable("talkTime");
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, segments,
                talkTime.plus(more), recap, recapSentAt, version);
    }

    /** The session took place: the running segment's time is counted. */
    public Session hold(Instant now) {
        requireScheduled();
        return new Session(id, pairingId, scheduledAt, SessionState.HELD, now, null, focus, closeRunning(now),
                talkTime, recap, recapSentAt, version);
    }

    public Session cancel(Instant now) {
        requireScheduled();
        return new Session(id, pairingId, scheduledAt, SessionState.CANCELLED, now, null, focus, closeRunning(now),
                talkTime, recap, recapSentAt, version);
    }

    /** Moves the session to {@code newTime}, which may not lie in the past; the store schedules its successor. */
    public Session reschedule(Instant newTime, Instant now) {
        requireScheduled();
        Objects.requireNonNull(newTime, "newTime");
        if (newTime.isBefore(now)) {
            throw new DomainException("error.session.past", "rescheduledTo");
        }
        if (newTime.equals(scheduledAt)) {
            throw new DomainException("error.session.reschedule.same", "rescheduledTo");
        }
        if (newTime.isAfter(now.atOffset(ZoneOffset.UTC).plus(MAX_AHEAD).plusDays(1).toInstant())) {
            throw new DomainException("error.session.too.far", "rescheduledTo");
        }
        return new Session(id, pairingId, scheduledAt, SessionState.RESCHEDULED, now, newTime, focus,
                closeRunning(now), talkTime, recap, recapSentAt, version);
    }

    /** Sets the recap of a held session (drafted or edited); it can be edited until sent. */
    public Session withRecap(Recap newRecap) {
        Objects.requireNonNull(newRecap, "recap");
        requireHeld();
        if (recapSentAt != null) {
            throw new DomainException("error.session.recap.sent", "recap");
        }
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, segments,
                talkTime, newRecap, null, version);
    }

    public Session markRecapSent(Instant now) {
        requireHeld();
        if (recap == null) {
            throw new DomainException("error.recap.missing", "recap");
        }
        if (recapSentAt != null) {
            throw new DomainException("error.session.recap.sent", "recap");
        }
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, segments,
                talkTime, recap, now, version);
    }

    public Session withId(long newId) {
        return new Session(newId, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, segments,
                talkTime, recap, recapSentAt, version);
    }

    public Session withVersion(long newVersion) {
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, segments,
                talkTime, recap, recapSentAt, newVersion);
    }

    private Session withSegments(List<SegmentRun> runs) {
        return new Session(id, pairingId, scheduledAt, state, stateChangedAt, rescheduledTo, focus, runs, talkTime,
                recap, recapSentAt, version);
    }

    private List<SegmentRun> closeRunning(Instant now) {
        List<SegmentRun> runs = new ArrayList<>(segments);
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).running()) {
                runs.set(i, runs.get(i).close(now));
            }
        }
        return runs;
    }

    private void requireScheduled() {
        if (state != SessionState.SCHEDULED) {
            throw new DomainException("error.session.state", "state", MessageKey.of(state.i18nKey()));
        }
    }

    private void requireHeld() {
        if (state != SessionState.HELD) {
            throw new DomainException("error.session.not.held", "state", MessageKey.of(state.i18nKey()));
        }
    }

    /** Still scheduled, or held with its recap not yet sent: what was said in it may still be recorded. */
    public boolean isEditable() {
        return state == SessionState.SCHEDULED || state == SessionState.HELD && recapSentAt == null;
    }

    /**
     * Refuses a change of what was said in the session once it was cancelled or moved, or once its recap went to
     * the report (the recap is what the report was told), naming {@code field}.
     */
    public void requireEditable(String field) {
        if (state != SessionState.SCHEDULED && state != SessionState.HELD) {
            throw new DomainException("error.session.not.editable", "state", MessageKey.of(state.i18nKey()));
        }
        if (recapSentAt != null) {
            throw new DomainException("error.session.recap.sent", field);
        }
    }
}
