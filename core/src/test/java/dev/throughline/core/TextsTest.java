package dev.throughline.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "two\nlines", "tab\there", "Grüße — ✓ 👩🏽‍💻", "<script>alert(1)</script>",
        "'; DROP TABLE x; --", "\u202Eright-to-left", "zero\u200Bwidth"})
    void keepsWhatPeopleTypeExactly(String text) {
        assertEquals(text, Texts.required(text, "notes", Texts.SHORT_MAX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "bell\u0007", "escape\u001B[31m", "delete\u007F", "half \uD83D emoji",
        "lone \uDC00 low"})
    void refusesCharactersThatCannotBeStoredOrShown(String text) {
        DomainException e = assertThrows(DomainException.class, () -> Texts.optional(text, "notes", Texts.SHORT_MAX));
        assertEquals("error.text.characters", e.key());
        assertEquals("notes", e.field().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1001})
    void countsCharactersNotUtf16Units(int length) {
        String emoji = "😀".repeat(length);
        if (length <= Texts.SHORT_MAX) {
            assertEquals(emoji, Texts.required(emoji, "text", Texts.SHORT_MAX));
        } else {
            assertThrows(DomainException.class, () -> Texts.required(emoji, "text", Texts.SHORT_MAX));
        }
    }
}
