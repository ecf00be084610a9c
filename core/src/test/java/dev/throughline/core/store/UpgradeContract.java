package dev.throughline.core.store;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ao.EntityAccess;
import dev.throughline.core.store.ao.ModelVersionEntity;
import dev.throughline.core.store.ao.PairingEntity;
import dev.throughline.core.store.upgrade.UpgradeTask;
import dev.throughline.core.store.upgrade.Upgrader;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Numbered upgrade tasks on every engine. */
abstract class UpgradeContract extends PrepHistoryContract {

    @Test
    void aNewDatabaseStartsAtTheCurrentModelVersion() {
        assertEquals(Upgrader.MODEL_VERSION, Upgrader.recordedVersion(database.access()));
    }

    /**
     * Data written by the first schema (model version 1) comes through an upgrade to the current version intact.
     * When a later version changes an entity, this test writes its data through frozen version-1 copies.
     */
    @Test
    void dataOfTheFirstSchemaIsIntactAfterUpgrading() {
        Pairing pairing = pairing(MORGAN, ALEX);
        Session session = heldSession(pairing, MONDAY, "kept");
        store.saveCommitment(Commitment.make(pairing.id(), session.id(), MONDAY_DATE, Party.REPORT, "kept too",
                MONDAY_DATE.plusDays(4), CommitmentKind.OTHER));
        store.saveThread(DevelopmentThread.start(pairing.id(), ALEX, MONDAY_DATE, "Design", "Leads a review", null,
                null, "Draft", null, true).recordEntry(session.id(), MONDAY_DATE, "started", null, null));
        PairingHistory before = store.history(pairing.id()).orElseThrow();
        setRecordedVersion(1);

        assertEquals(Upgrader.MODEL_VERSION, Upgrader.current().upgrade(database.access()));
        database.migrate();

        assertEquals(before, store.history(pairing.id()).orElseThrow());
    }

    @Test
    void pendingTasksRunOnceInOrderAndRecordTheirVersion() {
        pairing(MORGAN, ALEX);
        setRecordedVersion(1);
        List<Integer> ran = new ArrayList<>();
        Upgrader upgrader = new Upgrader(List.of(task(3, ran), task(2, ran)), 3);

        assertEquals(3, upgrader.upgrade(database.access()));
        assertEquals(List.of(2, 3), ran);
        assertEquals(3, Upgrader.recordedVersion(database.access()));

        assertEquals(3, upgrader.upgrade(database.access()));
        assertEquals(List.of(2, 3), ran, "a task runs once");
    }

    @Test
    void aFailingTaskLeavesItsDataAndTheVersionAsTheyWere() {
        Pairing pairing = pairing(MORGAN, ALEX);
        setRecordedVersion(1);
        EntityAccess access = database.access();
        UpgradeTask failing = new UpgradeTask() {
            @Override
            public int modelVersion() {
                return 2;
            }

            @Override
            public void upgrade(EntityAccess db) {
                PairingEntity row = db.find(PairingEntity.class, Query.select())[0];
                row.setReportKey("half-upgraded");
                row.save();
                throw new IllegalStateException("task 2 failed half-way");
            }
        };

        assertThrows(IllegalStateException.class, () -> new Upgrader(List.of(failing), 2).upgrade(access));
        assertEquals(1, Upgrader.recordedVersion(access));
        assertEquals(ALEX, store.pairing(pairing.id()).orElseThrow().report());
    }

    private void setRecordedVersion(int version) {
        ModelVersionEntity row = database.access().find(ModelVersionEntity.class, Query.select())[0];
        row.setModelVersion(version);
        row.save();
    }

    private static UpgradeTask task(int version, List<Integer> ran) {
        return new UpgradeTask() {
            @Override
            public int modelVersion() {
                return version;
            }

            @Override
            public void upgrade(EntityAccess db) {
                ran.add(version);
                db.create(PairingEntity.class, Map.of("MANAGER_KEY", "m" + version, "REPORT_KEY", "r" + version,
                        "TEAM_START_DATE", "2026-01-05"));
            }
        };
    }
}
