package dev.throughline.core.store;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.prep.Prep;
import dev.throughline.core.prep.PrepBuilder;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The narrow read behind the prep: the same prep as from the whole history, in constant statements. */
abstract class PrepHistoryContract extends UserDataContract {

    @Test
    void prepFromThePrepHistoryEqualsPrepFromTheWholeHistory() {
        Pairing pairing = pairing(MORGAN, ALEX);
        pairing(MORGAN, SAM); // another pairing's records must not leak in
        List<Session> held = List.of(heldSession(pairing, MONDAY, "onboarding"),
                heldSession(pairing, MONDAY.plus(Duration.ofDays(7)), "first ticket"),
                heldSession(pairing, MONDAY.plus(Duration.ofDays(14)), "code review"));
        store.saveSession(Session.scheduled(pairing.id(), MONDAY.plus(Duration.ofDays(21)))
                .cancel(MONDAY.plus(Duration.ofDays(20))));
        LocalDate first = MONDAY_DATE;
        // An old open one, an old done one, one done long ago by the report, and the last session's mixture.
        commit(pairing, held.get(0), first, Party.REPORT, "Read the style guide", first.plusDays(3), null);
        commit(pairing, held.get(0), first, Party.MANAGER, "Book the training", first.plusDays(5), first.plusDays(4));
        commit(pairing, held.get(1), first.plusDays(7), Party.REPORT, "Pair with Sam", null, first.plusDays(8));
        commit(pairing, held.get(2), first.plusDays(14), Party.REPORT, "Ship the fix", first.plusDays(16),
                first.plusDays(15));
        commit(pairing, held.get(2), first.plusDays(14), Party.REPORT, "Write the test", first.plusDays(30), null);
        store.saveCommitment(Commitment.blockerFollowUp(pairing.id(), held.get(2).id(), first.plusDays(14),
                "Ask for access", first.plusDays(17), "SHOP-7"));
        DevelopmentThread parked = store.saveThread(DevelopmentThread.start(pairing.id(), ALEX, first,
                "Testing", null, null, null, null, null, false));
        store.saveThread(parked.withStatus(ThreadStatus.PARKED));
        DevelopmentThread active = store.saveThread(DevelopmentThread.start(pairing.id(), ALEX, first.plusDays(7),
                "Code review", "Reviews for the team", null, null, "Review two PRs", null, false));
        store.saveThread(active.recordEntry(held.get(2).id(), first.plusDays(14), "Two good reviews", null, null));
        Session upcoming = store.saveSession(Session.scheduled(pairing.id(), MONDAY.plus(Duration.ofDays(28))));

        for (Session session : List.of(upcoming, held.get(0), held.get(1), held.get(2))) {
            for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Los_Angeles"))) {
                Clock clock = Clock.fixed(session.scheduledAt().minus(Duration.ofHours(20)), zone);
                PairingHistory narrow = store.prepHistory(session.id()).orElseThrow();
                Prep expected = new PrepBuilder(clock).build(store.history(pairing.id()).orElseThrow(), session);
                Prep actual = new PrepBuilder(clock).build(narrow, narrow.session(session.id()).orElseThrow());
                assertEquals(expected, actual, "prep of session " + session.id() + " in " + zone);
            }
        }
        assertTrue(store.prepHistory(9_999).isEmpty(), "no such session");
    }

    @Test
    void prepHistoryRunsTheSameStatementsWhateverTheHistoryLength() throws SQLException {
        BulkHistoryWriter fixture = new BulkHistoryWriter(database.entityManager());
        Pairing small = pairing(MORGAN, ALEX);
        Pairing large = pairing(MORGAN, SAM);
        for (Pairing pairing : List.of(small, large)) {
            boolean isLarge = pairing == large;
            DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), pairing.report(),
                    MONDAY_DATE, "Design", null, null, null, null, null, false));
            fixture.heldSessions(pairing.id(), MONDAY, isLarge ? 1_000 : 10);
            fixture.commitments(pairing.id(), 1, MONDAY_DATE, isLarge ? 5_000 : 10);
            fixture.threadEntries(thread.id(), pairing.id(), MONDAY_DATE, isLarge ? 500 : 10);
        }
        Instant later = MONDAY.plus(Duration.ofDays(7L * 1_001));
        Session smallNext = store.saveSession(Session.scheduled(small.id(), later));
        Session largeNext = store.saveSession(Session.scheduled(large.id(), later));
        OneOnOneStore node = database.store();
        long smallCount = opened.count(() -> assertTrue(node.prepHistory(smallNext.id()).orElseThrow()
                .lastHeld().isPresent()));
        long largeCount = opened.count(() -> assertTrue(node.prepHistory(largeNext.id()).orElseThrow()
                .lastHeld().isPresent()));
        assertEquals(smallCount, largeCount, "statements to load the prep on a node that has not seen the pairing");
        assertTrue(largeCount <= 6, "the prep loads in at most six statements, took " + largeCount);
        assertEquals(1, opened.count(() -> node.prepHistory(largeNext.id())), "then by its pairing row");
        assertEquals(1, opened.count(() -> store.prepHistory(largeNext.id())),
                "and where the session was scheduled, by its pairing row at once");
    }

    private void commit(Pairing pairing, Session session, LocalDate madeOn, Party owner, String text, LocalDate due,
                        LocalDate completedOn) {
        Commitment made = store.saveCommitment(Commitment.make(pairing.id(), session.id(), madeOn, owner, text, due,
                CommitmentKind.OTHER));
        if (completedOn != null) {
            store.saveCommitment(made.complete(completedOn));
        }
    }
}
