package dev.throughline.core.store.ao;

import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a node keeps in memory of a record another node deleted (an erasure): nothing, once it looks again. */
class KeptRecordsTest {

    @TempDir
    Path directory;

    @Test
    void aNodeDropsItsCopyOfAPairingDeletedOnAnotherNode() {
        AoDatabase database = TestDatabase.HSQLDB_MEMORY.open(directory).connect();
        try {
            AoStore here = (AoStore) database.store();
            AoStore there = (AoStore) database.store();
            Pairing pairing = here.savePairing(new Pairing(0, UserKey.of("morgan"), UserKey.of("alex"),
                    LocalDate.parse("2024-01-08"), null, false, null));
            here.saveSession(Session.scheduled(pairing.id(), Instant.parse("2026-12-01T09:00:00Z"))
                    .withFocus("what the report said in confidence"));
            there.history(pairing.id()).orElseThrow();
            assertTrue(there.keptRows() > 0, "the other node keeps the record it read");

            here.deletePairing(pairing.id());

            assertEquals(Optional.empty(), there.history(pairing.id()));
            assertEquals(0, there.keptRows(), "nor does it keep the deleted record in memory");
        } finally {
            database.close();
        }
    }
}
