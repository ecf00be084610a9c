package dev.throughline.core.store;

import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.store.ao.AoDatabase;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class H2FileStoreTest extends UpgradeContract {

    @Override
    TestDatabase engine() {
        return TestDatabase.H2_FILE;
    }

    @Test
    void dataSurvivesARestart() {
        Pairing pairing = pairing(MORGAN, ALEX);
        var session = heldSession(pairing, MONDAY, "kept");
        database.close();

        database = engine().open(directory).connect();
        assertEquals(session, database.store().session(session.id()).orElseThrow());
        assertEquals(pairing, database.store().pairing(pairing.id()).orElseThrow());
    }
}
