package dev.throughline.core.store;

import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ao.CommitmentEntity;
import dev.throughline.core.store.ao.VersionClaimEntity;
import dev.throughline.core.store.ao.SessionEntity;
import dev.throughline.core.store.ao.ThreadEntryEntity;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export and erasure of one user's data, on every engine. */
abstract class UserDataContract extends StoreContract {

    @Test
    void exportHoldsEveryPairingTheUserIsPartOf() {
        Pairing alex = pairing(MORGAN, ALEX);
        Pairing alexManagesSam = pairing(ALEX, SAM);
        pairing(MORGAN, SAM);
        Session session = heldSession(alex, MONDAY, "growth");
        store.saveCommitment(Commitment.make(alex.id(), session.id(), MONDAY_DATE, Party.REPORT, "write it up",
                null, CommitmentKind.OTHER));

        UserData.Export export = new UserData(store).export(ALEX);
        assertEquals(List.of(alex.id(), alexManagesSam.id()),
                export.pairings().stream().map(h -> h.pairing().id()).toList());
        assertEquals(1, export.pairings().get(0).sessions().size());
        assertEquals("write it up", export.pairings().get(0).commitments().get(0).text());
    }

    @Test
    void erasureDeletesThePairingsAboutTheReportAndAnonymisesTheManager() throws SQLException {
        Pairing alex = pairing(MORGAN, ALEX);
        Pairing alexManagesSam = pairing(ALEX, SAM);
        Pairing morganSam = pairing(MORGAN, SAM);
        Session session = heldSession(alex, MONDAY, "growth");
        store.saveSession(session.withFocus("edited"));
        store.saveCommitment(Commitment.make(alex.id(), session.id(), MONDAY_DATE, Party.REPORT, "x", null,
                CommitmentKind.OTHER));
        store.saveThread(DevelopmentThread.start(alex.id(), ALEX, MONDAY_DATE, "Design", null, null, null, null,
                null, false).recordEntry(session.id(), MONDAY_DATE, "note", null, null));
        Session samsSession = heldSession(alexManagesSam, MONDAY, "sam");

        UserData.Erasure erasure = new UserData(store).erase(ALEX);

        assertEquals(new UserData.Erasure(ALEX, 1, 1), erasure);
        assertTrue(store.pairing(alex.id()).isEmpty());
        assertTrue(store.session(session.id()).isEmpty());
        assertEquals(List.of(), store.pairingsOf(ALEX));
        var entityManager = database.entityManager();
        assertEquals(0, entityManager.count(CommitmentEntity.class, "PAIRING_ID = ?", alex.id()));
        assertEquals(0, entityManager.count(ThreadEntryEntity.class, "PAIRING_ID = ?", alex.id()));
        assertEquals(1, entityManager.count(SessionEntity.class));
        assertEquals(5, entityManager.count(VersionClaimEntity.class, "PAIRING_ID = ?", alex.id()),
                "the deleted pairing's latest claims (its five writes, the erasure's among them) stay, so no writer"
                        + " that read it before can write to it");

        Pairing kept = store.pairing(alexManagesSam.id()).orElseThrow();
        assertEquals(UserKey.of(UserData.ANONYMOUS_MANAGER + alexManagesSam.id()), kept.manager());
        assertEquals(samsSession, store.session(samsSession.id()).orElseThrow());
        assertEquals(morganSam, store.pairing(morganSam.id()).orElseThrow());
    }
    @Test
    void aWriterThatReadThePairingBeforeItWasErasedCannotWriteIntoIt() throws Exception {
        Pairing alex = pairing(MORGAN, ALEX);
        Session session = heldSession(alex, MONDAY, "growth");
        OneOnOneStore other = database.store(); // another node, its write open across the erasure
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch erased = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<Commitment> late = writer.submit(() -> other.inTransaction(() -> {
                other.session(session.id()); // the record at the version before the erasure's
                read.countDown();
                awaitOrFail(erased);
                return other.saveCommitment(Commitment.make(alex.id(), session.id(), MONDAY_DATE, Party.REPORT,
                        "written after the erasure", null, CommitmentKind.OTHER));
            }));
            assertTrue(read.await(20, TimeUnit.SECONDS));
            store.saveSession(store.session(session.id()).orElseThrow().withFocus("one more write before"));
            new UserData(store).erase(ALEX);
            erased.countDown();

            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> late.get(30, TimeUnit.SECONDS));
            assertInstanceOf(NotFoundException.class, refused.getCause(), String.valueOf(refused.getCause()));
        } finally {
            writer.shutdownNow();
        }
        assertEquals(0, database.entityManager().count(CommitmentEntity.class, "PAIRING_ID = ?", alex.id()),
                "nothing was written into the erased pairing");
    }
    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
