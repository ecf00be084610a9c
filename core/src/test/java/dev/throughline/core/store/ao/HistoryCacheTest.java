package dev.throughline.core.store.ao;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class HistoryCacheTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aRecordIsServedOnlyAtTheVersionAndStampItWasKeptAt() {
        HistoryCache cache = new HistoryCache(1_000);
        PairingHistory record = record(1, 3);
        cache.put(1, new HistoryCache.Entry(4, 99, record));

        assertSame(record, cache.get(1, 4, 99));
        assertNull(cache.get(1, 5, 99), "another version");
        assertNull(cache.get(1, 4, 98), "the same version written by a transaction that did not commit");
        assertNull(cache.get(2, 4, 99), "another pairing");
        assertEquals(1L, cache.pairingOfSession(record.sessions().get(2).id()));
        assertNull(cache.pairingOfSession(999));
        assertNull(cache.pairingOfCommitment(999));
        assertNull(cache.pairingOfThread(999));
    }

    @Test
    void theCommitmentsAndThreadsOfAKeptRecordAreKnownByTheirPairing() {
        HistoryCache cache = new HistoryCache(1_000);
        PairingHistory sessions = record(4, 2);
        LocalDate day = LocalDate.of(2026, 11, 2);
        Commitment commitment = Commitment.make(4, sessions.sessions().get(0).id(), day, Party.REPORT, "Write it up",
                day.plusDays(5), CommitmentKind.OTHER).withId(70);
        DevelopmentThread thread = DevelopmentThread.start(4, UserKey.of("alex4"), day, "Design reviews", null, null,
                null, null, null, false).withId(90);
        cache.put(4, new HistoryCache.Entry(1, 0, new PairingHistory(sessions.pairing(), sessions.sessions(),
                List.of(commitment), List.of(thread))));

        assertEquals(4L, cache.pairingOfCommitment(70));
        assertEquals(4L, cache.pairingOfThread(90));
        assertNull(cache.pairingOfCommitment(90), "ids are remembered by kind");

        Commitment next = commitment.withId(71);
        cache.put(4, new HistoryCache.Entry(2, 0, new PairingHistory(sessions.pairing(), sessions.sessions(),
                List.of(commitment, next), List.of(thread))));
        assertEquals(4L, cache.pairingOfCommitment(71), "one a later version added");
    }

    @Test
    void anOlderVersionPublishedLateDoesNotReplaceANewerOne() {
        HistoryCache cache = new HistoryCache(1_000);
        PairingHistory newer = record(1, 2);
        cache.put(1, new HistoryCache.Entry(7, 1, newer));
        cache.put(1, new HistoryCache.Entry(6, 2, record(1, 1)));
        assertSame(newer, cache.get(1, 7, 1));
        cache.remove(1);
        assertNull(cache.get(1, 7, 1));
    }

    @Test
    void theLeastRecentlyUsedRecordsLeaveWhenTheRowsExceedTheBound() {
        HistoryCache cache = new HistoryCache(25); // a record of 9 sessions weighs 10 rows
        cache.put(1, new HistoryCache.Entry(1, 0, record(1, 9)));
        cache.put(2, new HistoryCache.Entry(1, 0, record(2, 9)));
        cache.get(1, 1, 0);
        cache.put(3, new HistoryCache.Entry(1, 0, record(3, 9)));

        assertNull(cache.get(2, 1, 0), "the least recently used left");
        assertEquals(9, cache.get(1, 1, 0).sessions().size());
        assertEquals(9, cache.get(3, 1, 0).sessions().size());
        cache.put(1, new HistoryCache.Entry(2, 0, record(1, 4)));
        cache.put(2, new HistoryCache.Entry(1, 0, record(2, 9)));
        assertEquals(4, cache.get(1, 2, 0).sessions().size(), "a replaced record's rows count once");
    }

    @Test
    void longTextsWeighAsMoreRowsSoTheyCannotFillTheMemory() {
        PairingHistory plain = record(1, 2);
        assertEquals(3, new HistoryCache.Entry(1, 0, plain).weight(), "the pairing and two sessions");
        Session noted = plain.sessions().get(0).openSegment(Segment.PROGRESS_CHECK, MONDAY)
                .recordNotes(Segment.PROGRESS_CHECK, "x".repeat(20_000));
        PairingHistory heavy = new PairingHistory(plain.pairing(), List.of(noted, plain.sessions().get(1)),
                List.of(), List.of());
        assertEquals(3 + 20_000 / HistoryCache.CHARACTERS_PER_ROW, new HistoryCache.Entry(1, 0, heavy).weight());

        HistoryCache cache = new HistoryCache(30);
        cache.put(2, new HistoryCache.Entry(1, 0, record(2, 9)));
        cache.put(1, new HistoryCache.Entry(1, 0, heavy));
        assertNull(cache.get(2, 1, 0), "the record of long notes pushed the other out");
    }

    @Test
    void aCacheOfNoRowsKeepsNothing() {
        HistoryCache cache = new HistoryCache(0);
        cache.put(1, new HistoryCache.Entry(1, 0, record(1, 1)));
        assertNull(cache.get(1, 1, 0));
    }

    private static PairingHistory record(long pairingId, int sessions) {
        Pairing pairing = new Pairing(pairingId, UserKey.of("morgan"), UserKey.of("alex" + pairingId),
                LocalDate.of(2025, 1, 6), null, false, null);
        List<Session> held = IntStream.range(0, sessions).mapToObj(i -> Session.scheduled(pairingId,
                MONDAY.plus(Duration.ofDays(7L * i))).withId(pairingId * 100 + i)).toList();
        return new PairingHistory(pairing, held, List.of(), List.of());
    }
}
