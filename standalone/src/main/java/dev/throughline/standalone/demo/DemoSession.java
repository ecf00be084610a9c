package dev.throughline.standalone.demo;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A past session of a demo pairing, described and then saved the way the live session would have left it:
 * segments opened in order and timed, notes, focus and talk time, then held; the commitments it made; what it
 * said about the development thread; and, usually, its recap drafted and sent two hours later.
 *
 * <p>Commitment dates count in days from the session. A completion is never later than today.
 */
final class DemoSession {

    /** When each segment opens, from the start of the session. */
    private static final List<Duration> OPENS_AFTER =
            List.of(Duration.ZERO, Duration.ofMinutes(9), Duration.ofMinutes(17));
    private static final Duration DEVELOPMENT_LENGTH = Duration.ofMinutes(14);
    private static final Duration RECAP_SENT_AFTER = Duration.ofHours(2);
    private static final int NOT_DONE = -1;

    private final DemoPairing demo;
    private final LocalDate date;
    private final String focus;
    private final int managerTalkPercent;
    private final List<String> notes = new ArrayList<>();
    private final List<Promise> promises = new ArrayList<>();
    private final List<ThreadStart> threadStarts = new ArrayList<>();
    private final List<ThreadNote> threadNotes = new ArrayList<>();
    private boolean achievesThread;

    DemoSession(DemoPairing demo, LocalDate date, String focus, int managerTalkPercent) {
        this.demo = demo;
        this.date = date;
        this.focus = focus;
        this.managerTalkPercent = managerTalkPercent;
    }

    /**
     * The notes of each segment. A blank text leaves the opened segment without notes; a null Development
     * Thread means the session ended before that segment was opened.
     */
    DemoSession notes(String progressCheck, String blockerClearing, String developmentThread) {
        notes.clear();
        notes.add(progressCheck);
        notes.add(blockerClearing);
        if (developmentThread != null) {
            notes.add(developmentThread);
        }
        return this;
    }

    DemoSession reportTask(String text, int dueInDays) {
        return reportTask(text, dueInDays, NOT_DONE);
    }

    DemoSession reportTask(String text, int dueInDays, int doneAfterDays) {
        return promise(Party.REPORT, CommitmentKind.OTHER, text, null, dueInDays, doneAfterDays);
    }

    DemoSession managerTask(String text, int dueInDays) {
        return managerTask(text, dueInDays, NOT_DONE);
    }

    DemoSession managerTask(String text, int dueInDays, int doneAfterDays) {
        return promise(Party.MANAGER, CommitmentKind.OTHER, text, null, dueInDays, doneAfterDays);
    }

    /** The manager's promise to come back on a blocker, about the blocked work item {@code blockedItemKey}. */
    DemoSession followUp(String text, String blockedItemKey, int dueInDays) {
        return followUp(text, blockedItemKey, dueInDays, NOT_DONE);
    }

    DemoSession followUp(String text, String blockedItemKey, int dueInDays, int doneAfterDays) {
        return promise(Party.MANAGER, CommitmentKind.BLOCKER_FOLLOW_UP, text, blockedItemKey, dueInDays,
                doneAfterDays);
    }

    /** The report's next step on their development thread. */
    DemoSession step(String text, int dueInDays) {
        return step(text, dueInDays, NOT_DONE);
    }

    DemoSession step(String text, int dueInDays, int doneAfterDays) {
        return promise(Party.REPORT, CommitmentKind.DEVELOPMENT_STEP, text, null, dueInDays, doneAfterDays);
    }

    DemoSession startsThread(String growthArea, String target, String gap, String whatGoodLooksLike,
                             boolean gapFlagged) {
        threadStarts.add(new ThreadStart(growthArea, target, gap, whatGoodLooksLike, gapFlagged));
        return this;
    }

    DemoSession threadNote(String note, String nextStep, int reviewInDays) {
        threadNotes.add(new ThreadNote(note, nextStep, reviewInDays));
        return this;
    }

    DemoSession achievesThread() {
        achievesThread = true;
        return this;
    }

    /** Saves the session with its recap sent to the report. */
    Session recapSent() {
        Session held = save();
        List<Commitment> made = saveCommitments(held);
        recordThread(held);
        Session withRecap = held.withRecap(demo.draftRecap(held, made));
        return demo.store().saveSession(withRecap.markRecapSent(held.stateChangedAt().plus(RECAP_SENT_AFTER)));
    }

    /** Saves the session without a recap. */
    Session withoutRecap() {
        Session held = save();
        saveCommitments(held);
        recordThread(held);
        return held;
    }

    private Session save() {
        Instant start = demo.at(date);
        Session session = Session.scheduled(demo.pairingId(), start);
        Segment[] segments = Segment.values();
        for (int i = 0; i < notes.size(); i++) {
            session = session.openSegment(segments[i], start.plus(OPENS_AFTER.get(i)));
            if (notes.get(i) != null && !notes.get(i).isBlank()) {
                session = session.recordNotes(segments[i], notes.get(i));
            }
        }
        Instant end = start.plus(notes.size() < segments.length ? OPENS_AFTER.get(notes.size())
                : OPENS_AFTER.get(segments.length - 1).plus(DEVELOPMENT_LENGTH));
        long talkSeconds = Duration.between(start, end).getSeconds();
        long managerSeconds = talkSeconds * managerTalkPercent / 100;
        TalkTime talk = new TalkTime(managerSeconds, talkSeconds - managerSeconds);
        return demo.store().saveSession(session.withFocus(focus).recordTalk(talk).hold(end));
    }

    private List<Commitment> saveCommitments(Session held) {
        return promises.stream()
                .map(promise -> demo.store().saveCommitment(promise.madeIn(held, date, demo.today())))
                .toList();
    }

    private void recordThread(Session held) {
        threadStarts.forEach(start -> demo.startThread(date, start.growthArea(), start.target(), start.gap(),
                start.whatGoodLooksLike(), start.gapFlagged()));
        threadNotes.forEach(note -> demo.recordThreadEntry(held, date, note.note(), note.nextStep(),
                note.reviewInDays()));
        if (achievesThread) {
            demo.achieveThread();
        }
    }

    private DemoSession promise(Party owner, CommitmentKind kind, String text, String blockedItemKey, int dueInDays,
                                int doneAfterDays) {
        promises.add(new Promise(owner, kind, text, blockedItemKey, dueInDays, doneAfterDays));
        return this;
    }

    /** A commitment to be made in the session. */
    private record Promise(Party owner, CommitmentKind kind, String text, String blockedItemKey, int dueInDays,
                           int doneAfterDays) {

        Commitment madeIn(Session held, LocalDate madeOn, LocalDate today) {
            LocalDate due = madeOn.plusDays(dueInDays);
            Commitment made = kind == CommitmentKind.BLOCKER_FOLLOW_UP
                    ? Commitment.blockerFollowUp(held.pairingId(), held.id(), madeOn, text, due, blockedItemKey)
                    : Commitment.make(held.pairingId(), held.id(), madeOn, owner, text, due, kind);
            if (doneAfterDays == NOT_DONE) {
                return made;
            }
            LocalDate done = madeOn.plusDays(doneAfterDays);
            return made.complete(done.isAfter(today) ? today : done);
        }
    }

    private record ThreadStart(String growthArea, String target, String gap, String whatGoodLooksLike,
                               boolean gapFlagged) {
    }

    private record ThreadNote(String note, String nextStep, int reviewInDays) {
    }
}
