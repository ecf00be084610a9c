package dev.throughline.core.pairing;

import dev.throughline.core.DomainException;
import dev.throughline.core.people.UserKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairingTest {

    private static final UserKey MANAGER = UserKey.of("morgan");
    private static final UserKey REPORT = UserKey.of("alex");
    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    @Test
    void aNewRoleRestartsTenure() {
        LocalDate promoted = LocalDate.of(2026, 6, 1);
        assertEquals(promoted, new Pairing(0, MANAGER, REPORT, JOINED, promoted, false, null).tenureStart());
        assertEquals(JOINED, new Pairing(0, MANAGER, REPORT, JOINED, null, false, null).tenureStart());
    }

    @Test
    void aRoleStartedBeforeJoiningDoesNotCount() {
        Pairing p = new Pairing(0, MANAGER, REPORT, JOINED, JOINED.minusYears(2), false, null);
        assertEquals(JOINED, p.tenureStart());
    }

    @Test
    void aManagerCannotPairWithThemselves() {
        DomainException e = assertThrows(DomainException.class,
                () -> new Pairing(0, MANAGER, UserKey.of(" morgan "), JOINED, null, false, null));
        assertEquals("report", e.field().orElseThrow());
    }

    @Test
    void involvesOnlyItsManagerAndReport() {
        Pairing p = new Pairing(0, MANAGER, REPORT, JOINED, null, false, null);
        assertTrue(p.involves(MANAGER));
        assertTrue(p.involves(REPORT));
        assertFalse(p.involves(UserKey.of("peer")));
    }

    @Test
    void userKeysAreNeverBlank() {
        assertThrows(DomainException.class, () -> UserKey.of(" "));
        assertThrows(DomainException.class, () -> UserKey.of(null));
    }
}
