package dev.throughline.core.progress;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Builds a pairing's history through the domain's own factories, for the progress, prep and recap tests. */
public final class HistoryFixture {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final long PAIRING_ID = 1;
    public static final UserKey REPORT = UserKey.of("alex");
    private static final Pairing PAIRING = new Pairing(PAIRING_ID, UserKey.of("sam"), REPORT,
            LocalDate.of(2025, 1, 6), null, false, null);

    private HistoryFixture() {
    }

    /** 10:00 on that day, in {@link #ZONE}. */
    public static Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(ZONE).toInstant();
    }

    public static Clock clockOn(LocalDate today) {
        return Clock.fixed(at(today), ZONE);
    }

    public static Session scheduled(long id, LocalDate date) {
        return Session.scheduled(PAIRING_ID, at(date)).withId(id);
    }

    public static Session cancelled(long id, LocalDate date) {
        return scheduled(id, date).cancel(at(date));
    }

    public static Session held(long id, LocalDate date, String focus) {
        return held(id, date, focus, Map.of());
    }

    /** A session that opened every segment in order, wrote the given notes and was held. */
    public static Session held(long id, LocalDate date, String focus, Map<Segment, String> notes) {
        Instant start = at(date);
        Session session = scheduled(id, date);
        for (Segment segment : Segment.values()) {
            session = session.openSegment(segment, start.plusSeconds(600L * segment.ordinal()));
        }
        for (Map.Entry<Segment, String> entry : notes.entrySet()) {
            session = session.recordNotes(entry.getKey(), entry.getValue());
        }
        return session.withFocus(focus).hold(start.plusSeconds(1800));
    }

    public static Commitment commitment(long id, long sessionId, LocalDate madeOn, Party owner, String text,
                                        LocalDate due) {
        return Commitment.make(PAIRING_ID, sessionId, madeOn, owner, text, due, CommitmentKind.OTHER).withId(id);
    }

    public static DevelopmentThread thread(long id, LocalDate startedOn, String growthArea, LocalDate review) {
        return DevelopmentThread.start(PAIRING_ID, REPORT, startedOn, growthArea, "leads a design review", null,
                null, "present the next RFC", review, false).withId(id);
    }

    public static PairingHistory history(List<Session> sessions, List<Commitment> commitments,
                                         List<DevelopmentThread> threads) {
        return new PairingHistory(PAIRING, sessions, commitments, threads);
    }
}
