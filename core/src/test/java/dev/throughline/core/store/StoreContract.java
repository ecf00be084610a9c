package dev.throughline.core.store;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.core.store.ao.SessionEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every binding of the store must do, run once per database engine by the subclasses. */
abstract class StoreContract {

    static final UserKey MORGAN = UserKey.of("morgan");
    static final UserKey ALEX = UserKey.of("alex");
    static final UserKey SAM = UserKey.of("sam");
    static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    static final LocalDate MONDAY_DATE = LocalDate.of(2026, 11, 2);

    @TempDir
    Path directory;

    TestDatabase.Opened opened;
    AoDatabase database;
    OneOnOneStore store;

    abstract TestDatabase engine();

    @BeforeEach
    void openDatabase() {
        opened = engine().open(directory);
        database = opened.connect();
        store = database.store();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    Pairing pairing(UserKey manager, UserKey report) {
        return store.savePairing(new Pairing(0, manager, report, LocalDate.of(2025, 1, 6), null, false, null));
    }

    Session heldSession(Pairing pairing, Instant at, String focus) {
        Session held = Session.scheduled(pairing.id(), at).withFocus(focus)
                .openSegment(Segment.PROGRESS_CHECK, at)
                .recordNotes(Segment.PROGRESS_CHECK, "progress on " + focus)
                .openSegment(Segment.BLOCKER_CLEARING, at.plus(Duration.ofMinutes(8)))
                .openSegment(Segment.DEVELOPMENT_THREAD, at.plus(Duration.ofMinutes(15)))
                .recordNotes(Segment.DEVELOPMENT_THREAD, "growth talk")
                .recordTalk(new TalkTime(400, 900))
                .hold(at.plus(Duration.ofMinutes(28)));
        return store.saveSession(held);
    }

    @Test
    void pairingRoundTrips() {
        Pairing saved = store.savePairing(new Pairing(0, MORGAN, ALEX, LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 6, 1), true, Cadence.BIWEEKLY));
        assertTrue(saved.id() > 0);
        assertEquals(saved, store.pairing(saved.id()).orElseThrow());

        Pairing changed = store.updatePairing(saved.id(), current -> current.withCadenceOverride(null));
        assertEquals(changed, store.pairing(saved.id()).orElseThrow());
        assertTrue(store.pairing(saved.id()).orElseThrow().override().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.savePairing(changed),
                "a stored pairing is changed from what the write reads, never from a copy read before");
        assertThrows(NotFoundException.class, () -> store.updatePairing(9_999, current -> current));
    }

    @Test
    void aPairingChangeIsMadeToThePairingAsTheWriteReadsIt() {
        OneOnOneStore other = database.store();
        Pairing pairing = pairing(MORGAN, ALEX);
        other.updatePairing(pairing.id(), current -> new Pairing(current.id(), UserKey.of("former-manager"),
                current.report(), current.teamStartDate(), current.roleStartDate(), current.lessConfident(),
                current.cadenceOverride()));

        List<UserKey> seen = new ArrayList<>();
        Pairing changed = store.updatePairing(pairing.id(), current -> {
            seen.add(current.manager());
            return current.withCadenceOverride(Cadence.WEEKLY);
        });

        assertEquals(List.of(UserKey.of("former-manager")), seen, "this node's copy from before is not what changes");
        assertEquals(UserKey.of("former-manager"), store.pairing(pairing.id()).orElseThrow().manager());
        assertEquals(Cadence.WEEKLY, changed.cadenceOverride());
    }

    @Test
    void findsPairingsAsManagerOrReport() {
        Pairing alex = pairing(MORGAN, ALEX);
        Pairing sam = pairing(MORGAN, SAM);
        Pairing alexManagesSam = pairing(ALEX, SAM);
        assertEquals(List.of(alex, sam), store.pairingsOf(MORGAN));
        assertEquals(List.of(alex, alexManagesSam), store.pairingsOf(ALEX));
        assertEquals(List.of(), store.pairingsOf(UserKey.of("nobody")));
    }

    @Test
    void sessionRoundTripsWithEverySegmentField() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session saved = store.saveSession(heldSession(pairing, MONDAY, "the launch")
                .withRecap(Recap.parse("Discussed the launch.\nNext steps: Alex drafts the plan by Fri.")));
        Session loaded = store.session(saved.id()).orElseThrow();
        assertEquals(saved, loaded);
        assertEquals(8, loaded.segment(Segment.PROGRESS_CHECK).actualMinutes());
        assertEquals(13, loaded.segment(Segment.DEVELOPMENT_THREAD).actualMinutes());
        assertEquals(new TalkTime(400, 900), loaded.talkTime());
        assertEquals(SessionState.HELD, loaded.state());
        assertEquals(2, loaded.recap().lines().size());
    }

    @Test
    void longAndUnicodeTextSurvives() {
        Pairing pairing = pairing(MORGAN, ALEX);
        String notes = "Zoë’s “naïve” plan — 日本語 🎉 <script>alert('x')</script> ".repeat(300);
        Session session = Session.scheduled(pairing.id(), MONDAY).openSegment(Segment.PROGRESS_CHECK, MONDAY)
                .recordNotes(Segment.PROGRESS_CHECK, notes);
        Session saved = store.saveSession(session);
        assertEquals(notes.strip(), store.session(saved.id()).orElseThrow().segment(Segment.PROGRESS_CHECK).notes());
    }

    @Test
    void eachSaveMovesTheVersionOn() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session first = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        assertEquals(1, first.version());
        Session second = store.saveSession(first.withFocus("roadmap"));
        assertEquals(2, second.version());
        assertEquals("roadmap", store.session(first.id()).orElseThrow().focus());
    }

    @Test
    void aStaleSessionIsRejectedNotOverwritten() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session read = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        store.saveSession(read.withFocus("first writer"));

        ConflictException e = assertThrows(ConflictException.class,
                () -> store.saveSession(read.withFocus("second writer")));
        assertEquals("version", e.field().orElseThrow());
        assertEquals("first writer", store.session(read.id()).orElseThrow().focus());
    }

    @Test
    void savingAnUnknownSessionSaysSo() {
        Session ghost = Session.scheduled(pairing(MORGAN, ALEX).id(), MONDAY).withId(999_999).withVersion(1);
        DomainException e = assertThrows(DomainException.class, () -> store.saveSession(ghost));
        assertEquals("error.not.found", e.key());
        assertEquals("There is no session #999999.", e.getMessage());
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Pairing pairing = pairing(MORGAN, ALEX);
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            Session session = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
            store.saveCommitment(Commitment.make(pairing.id(), session.id(), MONDAY_DATE, Party.REPORT, "half",
                    null, CommitmentKind.OTHER));
            throw new IllegalStateException("the second half of the write failed");
        }));
        PairingHistory history = store.history(pairing.id()).orElseThrow();
        assertEquals(List.of(), history.sessions());
        assertEquals(List.of(), history.commitments());
    }

    @Test
    void commitmentRoundTripsAndCompletes() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session session = heldSession(pairing, MONDAY, "budget");
        Commitment followUp = store.saveCommitment(Commitment.blockerFollowUp(pairing.id(), session.id(),
                MONDAY_DATE, "Ask finance about the budget", MONDAY_DATE.plusDays(3), "OPS-42"));
        assertEquals(followUp, store.commitment(followUp.id()).orElseThrow());

        Commitment done = store.saveCommitment(followUp.complete(MONDAY_DATE.plusDays(2)).withWorkItemKey("OOO-7"));
        Commitment loaded = store.commitment(followUp.id()).orElseThrow();
        assertEquals(done, loaded);
        assertEquals(MONDAY_DATE.plusDays(2), loaded.completedOn());
        assertEquals("OOO-7", loaded.workItemKey());
    }

    @Test
    void threadKeepsItsHistoryAndRejectsStaleVersions() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session one = heldSession(pairing, MONDAY, "one");
        Session two = heldSession(pairing, MONDAY.plus(Duration.ofDays(14)), "two");
        DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), ALEX, MONDAY_DATE,
                "Stakeholder communication", "Runs the quarterly review", "Updates come late", "Friday one-pager",
                "First update", null, false).recordEntry(one.id(), MONDAY_DATE, "Agreed the format", null, null));
        assertEquals(1, thread.version());

        DevelopmentThread moved = store.saveThread(thread
                .recordEntry(two.id(), MONDAY_DATE.plusDays(14), "Two updates sent", "Add risks", null)
                .recordEntry(one.id(), MONDAY_DATE, "Agreed the format and the audience", null, null));
        DevelopmentThread loaded = store.thread(thread.id()).orElseThrow();
        assertEquals(moved, loaded);
        assertEquals(2, loaded.entries().size());
        assertEquals("Agreed the format and the audience", loaded.entries().get(0).note());
        assertEquals("Add risks", loaded.nextStep());

        assertThrows(ConflictException.class, () -> store.saveThread(thread.withStatus(ThreadStatus.PARKED)));
        assertEquals(ThreadStatus.ACTIVE, store.thread(thread.id()).orElseThrow().status());
    }

    @Test
    void historyHoldsOnlyItsOwnPairingsRecordsInOrder() {
        Pairing alex = pairing(MORGAN, ALEX);
        Pairing sam = pairing(MORGAN, SAM);
        Session late = heldSession(alex, MONDAY.plus(Duration.ofDays(7)), "late");
        Session early = heldSession(alex, MONDAY, "early");
        Session samsOwn = heldSession(sam, MONDAY, "sam");
        store.saveCommitment(Commitment.make(alex.id(), early.id(), MONDAY_DATE, Party.REPORT, "alex's", null,
                CommitmentKind.OTHER));
        store.saveCommitment(Commitment.make(sam.id(), samsOwn.id(), MONDAY_DATE, Party.REPORT, "sam's", null,
                CommitmentKind.OTHER));
        store.saveThread(DevelopmentThread.start(sam.id(), SAM, MONDAY_DATE, "Testing", null, null, null, null,
                null, false).recordEntry(samsOwn.id(), MONDAY_DATE, "note", null, null));

        PairingHistory history = store.history(alex.id()).orElseThrow();
        assertEquals(List.of(early.id(), late.id()), history.sessions().stream().map(Session::id).toList());
        assertEquals(List.of("alex's"), history.commitments().stream().map(Commitment::text).toList());
        assertEquals(List.of(), history.threads());

        List<PairingHistory> team = store.team(MORGAN);
        assertEquals(List.of(ALEX, SAM), team.stream().map(h -> h.pairing().report()).toList());
        assertEquals(1, team.get(1).threads().get(0).entries().size());
        assertTrue(store.history(999_999).isEmpty());
        assertEquals(List.of(), store.team(UserKey.of("nobody")));
    }

    @Test
    void readsRunTheSameStatementsWhateverTheHistoryLength() throws SQLException {
        BulkHistoryWriter fixture = new BulkHistoryWriter(database.entityManager());
        UserKey otherManager = UserKey.of("riley");
        Pairing small = pairing(MORGAN, ALEX);
        Pairing large = pairing(otherManager, SAM);
        DevelopmentThread smallThread = store.saveThread(DevelopmentThread.start(small.id(), ALEX, MONDAY_DATE,
                "Design", null, null, null, null, null, false));
        DevelopmentThread largeThread = store.saveThread(DevelopmentThread.start(large.id(), SAM, MONDAY_DATE,
                "Design", null, null, null, null, null, false));
        fixture.heldSessions(small.id(), MONDAY, 10);
        fixture.commitments(small.id(), 1, MONDAY_DATE, 10);
        fixture.threadEntries(smallThread.id(), small.id(), MONDAY_DATE, 10);
        fixture.heldSessions(large.id(), MONDAY, 1_000);
        fixture.commitments(large.id(), 1, MONDAY_DATE, 5_000);
        fixture.threadEntries(largeThread.id(), large.id(), MONDAY_DATE, 500);
        assertEquals(5_000, database.entityManager().count(dev.throughline.core.store.ao.CommitmentEntity.class,
                "PAIRING_ID = ?", large.id()), "commitments written by the fixture");
        assertEquals(1_000, database.entityManager().count(dev.throughline.core.store.ao.SessionEntity.class,
                "PAIRING_ID = ?", large.id()), "sessions written by the fixture");

        // Read first on a node that has not seen the pairings (its record is read whole), then again (its row only).
        OneOnOneStore node = database.store();
        long smallHistory = opened.count(() -> assertEquals(10, node.history(small.id()).orElseThrow().sessions().size()));
        long largeHistory = opened.count(() -> assertEquals(1_000,
                node.history(large.id()).orElseThrow().sessions().size()));
        assertEquals(smallHistory, largeHistory, "statements to load a pairing's history");
        long smallAgain = opened.count(() -> assertEquals(10, node.history(small.id()).orElseThrow().sessions().size()));
        long largeAgain = opened.count(() -> assertEquals(1_000,
                node.history(large.id()).orElseThrow().sessions().size()));
        assertEquals(1, smallAgain, "a current record is known by its pairing row");
        assertEquals(1, largeAgain, "a current record is known by its pairing row");

        // The team reads the commitments not done (half of the fixture's; none was made in a last held session).
        long smallTeam = opened.count(() -> assertEquals(5, database.store().team(MORGAN).get(0).commitments().size()));
        long largeTeam = opened.count(() -> assertEquals(2_500,
                database.store().team(otherManager).get(0).commitments().size()));
        assertEquals(smallTeam, largeTeam, "statements to load a manager's team");
        assertEquals(1, opened.count(() -> node.team(otherManager)), "a team of current records: its pairing rows");

        long smallThreadRead = opened.count(() -> assertEquals(10,
                store.thread(smallThread.id()).orElseThrow().entries().size()));
        long largeThreadRead = opened.count(() -> assertEquals(500,
                store.thread(largeThread.id()).orElseThrow().entries().size()));
        assertEquals(smallThreadRead, largeThreadRead, "statements to load a thread's history");
        assertTrue(largeHistory <= 5, "a history loads in at most five statements, took " + largeHistory);
    }

    @Test
    void theTeamReadsTheCommitmentsNotDoneAndThoseOfTheLastHeldSession() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session first = store.saveSession(heldSession(pairing, MONDAY, "first"));
        Session last = store.saveSession(heldSession(pairing, MONDAY.plus(Duration.ofDays(7)), "last"));
        Session next = store.saveSession(Session.scheduled(pairing.id(), MONDAY.plus(Duration.ofDays(14))));
        Commitment doneEarlier = store.saveCommitment(commitment(pairing, first).complete(MONDAY_DATE.plusDays(1)));
        Commitment openEarlier = store.saveCommitment(commitment(pairing, first));
        Commitment doneLast = store.saveCommitment(commitment(pairing, last).complete(MONDAY_DATE.plusDays(8)));
        Commitment openNext = store.saveCommitment(commitment(pairing, next));

        PairingHistory team = store.team(MORGAN).get(0);
        assertEquals(List.of(openEarlier.id(), doneLast.id(), openNext.id()),
                team.commitments().stream().map(Commitment::id).toList());
        assertEquals(3, team.sessions().size());
        assertEquals(List.of(doneEarlier.id(), openEarlier.id(), doneLast.id(), openNext.id()),
                store.history(pairing.id()).orElseThrow().commitments().stream().map(Commitment::id).toList(),
                "a pairing's history has every commitment");

        Pairing unheld = pairing(MORGAN, SAM);
        Session only = store.saveSession(Session.scheduled(unheld.id(), MONDAY));
        Commitment open = store.saveCommitment(commitment(unheld, only));
        store.saveCommitment(commitment(unheld, only).complete(MONDAY_DATE));
        assertEquals(List.of(open.id()), store.team(MORGAN).get(1).commitments().stream().map(Commitment::id).toList(),
                "nothing held yet: the commitments not done");
    }

    private Commitment commitment(Pairing pairing, Session origin) {
        LocalDate day = LocalDate.ofInstant(origin.scheduledAt(), java.time.ZoneOffset.UTC);
        return Commitment.make(pairing.id(), origin.id(), day, Party.REPORT, "step", day.plusDays(5),
                CommitmentKind.OTHER);
    }

    @Test
    void aHistoryWithoutThreadsDoesNotLookForTheirEntries() throws SQLException {
        Pairing pairing = pairing(MORGAN, ALEX);
        new BulkHistoryWriter(database.entityManager()).heldSessions(pairing.id(), MONDAY, 3);
        Pairing withThread = pairing(MORGAN, SAM);
        store.saveThread(DevelopmentThread.start(withThread.id(), SAM, MONDAY_DATE, "Design", null, null, null, null,
                null, false));

        OneOnOneStore node = database.store();
        long without = opened.count(() -> assertEquals(List.of(), node.history(pairing.id()).orElseThrow().threads()));
        long with = opened.count(() -> assertEquals(1, node.history(withThread.id()).orElseThrow().threads().size()));
        assertEquals(with - 1, without, "statements without a thread: one fewer than with one");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ofConcurrentEditsFromOneVersionExactlyOneWins() throws Exception {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session read = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        int writers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "concurrent-editor");
            thread.setDaemon(true); // a stuck writer must not keep the test JVM alive
            return thread;
        });
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String focus = "writer " + i;
                Callable<String> edit = () -> {
                    start.await();
                    try {
                        store.saveSession(read.withFocus(focus));
                        return focus;
                    } catch (ConflictException e) {
                        return null;
                    }
                };
                results.add(pool.submit(edit));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (Future<String> result : results) {
                String winner = result.get(60, TimeUnit.SECONDS);
                if (winner != null) {
                    winners.add(winner);
                }
            }
            assertEquals(1, winners.size(), "winners: " + winners);
            Session stored = store.session(read.id()).orElseThrow();
            assertEquals(winners.get(0), stored.focus());
            assertEquals(2, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNodeSeesWhatAnotherNodeWroteAndCannotWriteOverIt() {
        OneOnOneStore other = database.store();
        Pairing pairing = pairing(MORGAN, ALEX);
        Session read = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        assertEquals(read, other.session(read.id()).orElseThrow(), "the other node reads it whole");
        assertEquals(List.of(read), store.history(pairing.id()).orElseThrow().sessions());

        Session changed = other.saveSession(read.withFocus("changed elsewhere"));
        Commitment made = other.saveCommitment(commitment(pairing, changed));

        PairingHistory seen = store.history(pairing.id()).orElseThrow();
        assertEquals(List.of(changed), seen.sessions(), "this node does not serve its copy from before");
        assertEquals(List.of(made), seen.commitments());
        assertThrows(ConflictException.class, () -> store.saveSession(read.withFocus("stale")));
        Session mine = store.saveSession(changed.withFocus("mine"));
        assertEquals(mine, other.session(read.id()).orElseThrow());
        assertEquals(3, mine.version());
    }

    @Test
    void aCopyKeptAfterWritesEqualsTheRecordReadAfresh() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session first = store.saveSession(heldSession(pairing, MONDAY, "first"));
        Session next = store.saveSession(Session.scheduled(pairing.id(), MONDAY.plus(Duration.ofDays(7))));
        Commitment made = store.saveCommitment(commitment(pairing, first));
        store.saveCommitment(made.complete(MONDAY_DATE.plusDays(2)));
        DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), ALEX, MONDAY_DATE,
                "Design", null, null, null, null, null, false).recordEntry(first.id(), MONDAY_DATE, "note", null,
                null));
        store.saveThread(thread.recordEntry(next.id(), MONDAY_DATE.plusDays(7), "more", "next", null));
        store.inTransaction(() -> store.saveSession(store.session(next.id()).orElseThrow().withFocus("in one")));
        store.updatePairing(pairing.id(), current -> current.withCadenceOverride(Cadence.WEEKLY));

        assertEquals(database.store().history(pairing.id()), store.history(pairing.id()));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aWriteThatLostItsClaimToAWriteOfAnotherRecordRunsAgainAndLands() throws Exception {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session session = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        OneOnOneStore other = database.store();
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        List<Integer> attempts = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Commitment> late = pool.submit(() -> other.inTransaction(() -> {
                attempts.add(attempts.size() + 1);
                other.history(pairing.id()).orElseThrow();
                read.countDown();
                await(written);
                return other.saveCommitment(commitment(pairing, session));
            }));
            assertTrue(read.await(60, TimeUnit.SECONDS));
            Session focused = store.saveSession(session.withFocus("first"));
            written.countDown();
            Commitment made = late.get(60, TimeUnit.SECONDS);

            assertEquals(List.of(1, 2), attempts, "the late writer ran again");
            PairingHistory history = database.store().history(pairing.id()).orElseThrow();
            assertEquals(List.of(focused), history.sessions());
            assertEquals(List.of(made), history.commitments());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNodeWhoseCopyIsBehindReadsOnlyWhatWasWrittenSince() throws SQLException {
        BulkHistoryWriter fixture = new BulkHistoryWriter(database.entityManager());
        OneOnOneStore other = database.store();
        Pairing small = pairing(MORGAN, ALEX);
        Pairing large = pairing(MORGAN, SAM);
        fixture.heldSessions(small.id(), MONDAY, 10);
        fixture.heldSessions(large.id(), MONDAY, 1_000);
        fixture.commitments(large.id(), 1, MONDAY_DATE, 2_000);
        List<Long> counts = new ArrayList<>();
        for (Pairing pairing : List.of(small, large)) {
            List<Session> held = store.history(pairing.id()).orElseThrow().sessions();
            DevelopmentThread thread = store.saveThread(DevelopmentThread.start(pairing.id(), pairing.report(),
                    MONDAY_DATE, "Design", null, null, null, null, null, false)
                    .recordEntry(held.get(0).id(), MONDAY_DATE, "first", null, null));
            assertEquals(thread, other.thread(thread.id()).orElseThrow(), "the other node reads the record whole");
            // Changed beside the store, so no version says so: a copy brought up to date by what was written since
            // the version it holds does not see it; a record read whole does.
            SessionEntity untold = database.entityManager().get(SessionEntity.class, (int) held.get(1).id());
            untold.setFocus("changed beside the store");
            untold.save();

            Session changed = store.saveSession(held.get(2).withFocus("changed on this node"));
            Commitment made = store.saveCommitment(commitment(pairing, changed));
            store.saveThread(thread.recordEntry(changed.id(), MONDAY_DATE.plusDays(1), "second", "next", null));
            store.updatePairing(pairing.id(), current -> current.withCadenceOverride(Cadence.WEEKLY));

            counts.add(opened.count(() -> other.history(pairing.id())));
            PairingHistory whole = database.store().history(pairing.id()).orElseThrow();
            assertEquals("changed beside the store", whole.sessions().get(1).focus());
            assertEquals(whole.with(held.get(1)), other.history(pairing.id()).orElseThrow(),
                    "the copy brought up to date with the sessions, commitment, thread and pairing written since");
            assertTrue(other.history(pairing.id()).orElseThrow().commitments().contains(made));
        }
        assertEquals(counts.get(0), counts.get(1), "statements to bring a copy up to date, short or long history");
        assertTrue(counts.get(1) <= 6, "the pairing row, the claim of the copy's version, the sessions, commitments and"
                + " threads written since, the changed thread's entries; took " + counts.get(1));
    }

    @Test
    void aTeamWhosePairingsAreBehindIsBroughtUpToDateInTheSameStatementsForOneOrMany() throws SQLException {
        OneOnOneStore other = database.store();
        List<Pairing> pairings = List.of(pairing(MORGAN, ALEX), pairing(MORGAN, SAM),
                pairing(MORGAN, UserKey.of("casey")));
        List<Session> held = new ArrayList<>();
        for (Pairing pairing : pairings) {
            held.add(store.saveSession(heldSession(pairing, MONDAY, "first")));
        }
        assertEquals(3, other.team(MORGAN).size(), "the other node keeps the three records");

        store.saveSession(Session.scheduled(pairings.get(0).id(), MONDAY.plus(Duration.ofDays(7))));
        long one = opened.count(() -> other.team(MORGAN));
        for (int i = 0; i < pairings.size(); i++) {
            store.saveCommitment(commitment(pairings.get(i), held.get(i)));
            store.saveSession(held.get(i).withFocus("changed"));
        }
        long all = opened.count(() -> other.team(MORGAN));

        assertEquals(one, all, "statements to bring one or three pairings of a team up to date");
        assertEquals(database.store().team(MORGAN), other.team(MORGAN));
        assertEquals(1, opened.count(() -> other.team(MORGAN)), "then the team is current: its pairing rows");
    }

    @Test
    void aWriteRunsItsStatementsOnlyWhateverItsNullValues() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session scheduled = store.saveSession(Session.scheduled(pairing.id(), MONDAY));
        store.history(pairing.id());

        // Focus, notes, recap and most times stay null: none of them is written again (a null costs a round trip).
        long update = opened.count(() -> store.saveSession(scheduled.withFocus("hiring")));
        assertEquals(5, update, "the pairing row, the claim, the version on the row, the session row, its update");
        Commitment[] made = new Commitment[1];
        long insert = opened.count(() -> made[0] = store.saveCommitment(commitment(pairing, scheduled)));
        assertEquals(engine() == TestDatabase.H2_FILE ? 4 : 5, insert, "the pairing row, the claim, the version on"
                + " the row, the insert of a row with nulls, its new id (before it on PostgreSQL, after on HSQLDB)");
        long done = opened.count(() -> store.inTransaction(() -> store.saveCommitment(
                store.commitment(made[0].id()).orElseThrow().complete(MONDAY_DATE))));
        assertEquals(5, done, "marked done by its id on a node that knows its pairing: as any write");
        Session stored = store.history(pairing.id()).orElseThrow().session(scheduled.id()).orElseThrow();
        assertEquals("hiring", stored.focus());
        assertEquals(database.store().history(pairing.id()), store.history(pairing.id()),
                "what the node keeps is what is stored");
    }
}
