package dev.throughline.core.macro;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Every host reads the REST API's answers alike: refusals are one answer, and only a readable 200 is data. */
class ReadingTest {

    @Test
    void aReadable200IsDataAndAnUnreadableOneIsNot() {
        assertEquals(new Reading.Data<>("view"), Reading.answer(200, () -> "view"));
        assertInstanceOf(Reading.Malformed.class, Reading.answer(200, () -> null));
    }

    @Test
    void refusalsAreOneAnswerAndNothingIsReadOfThem() {
        for (int status : new int[] {401, 403, 404}) {
            assertInstanceOf(Reading.NotPermitted.class, Reading.answer(status, () -> {
                throw new AssertionError("a refusal's body is not read");
            }));
        }
        assertInstanceOf(Reading.Unreachable.class, Reading.answer(502, () -> "x"));
        assertInstanceOf(Reading.Malformed.class, Reading.answer(302, () -> "x"));
    }

    @Test
    void theFirstPairingFoundOrNone() {
        assertEquals(new Reading.Data<>(7L), MacroSource.first(List.of(new PairingRef(7, "morgan", "alex"), new PairingRef(9, "taylor", "alex"))));
        assertInstanceOf(Reading.NotPermitted.class, MacroSource.first(List.of()));
        assertEquals("pairing?report=alex+kim&manager=m%26n", MacroPaths.pairings("alex kim", "m&n"));
        assertEquals("pairing/3/recaps?limit=5", MacroPaths.recaps(3, 5));
    }
}
