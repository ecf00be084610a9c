package dev.throughline.core.store;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(1, entityManager.count(VersionClaimEntity.class, "PAIRING_ID = ?", alex.id()),
                "the deleted pairing's latest claim only, so no writer that read it before can write to it");

        Pairing kept = store.pairing(alexManagesSam.id()).orElseThrow();
        assertEquals(UserKey.of(UserData.ANONYMOUS_MANAGER + alexManagesSam.id()), kept.manager());
        assertEquals(samsSession, store.session(samsSession.id()).orElseThrow());
        assertEquals(morganSam, store.pairing(morganSam.id()).orElseThrow());
    }
}
