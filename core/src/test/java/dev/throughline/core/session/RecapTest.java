package dev.throughline.core.session;

import dev.throughline.core.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecapTest {

    @Test
    void neverMoreThanThreeLines() {
        DomainException e = assertThrows(DomainException.class, () -> Recap.parse("a\nb\nc\nd"));
        assertEquals("error.recap.lines", e.key());
        assertEquals("A recap has at most 3 lines.", e.getMessage());
    }

    @Test
    void blankLinesAndSurroundingSpaceAreDropped() {
        Recap recap = Recap.parse("\n  Discussed X.  \n\n\r\nNext steps: Y.\n   \nRevisit by Z.\n");
        assertEquals(List.of("Discussed X.", "Next steps: Y.", "Revisit by Z."), recap.lines());
        assertEquals("Discussed X.\nNext steps: Y.\nRevisit by Z.", recap.text());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\n\n"})
    void anEmptyRecapIsRejected(String text) {
        assertEquals("error.required", assertThrows(DomainException.class, () -> Recap.parse(text)).key());
    }

    @Test
    void overlongLineIsRejected() {
        String line = "é".repeat(Recap.MAX_LINE_LENGTH + 1);
        assertEquals("error.too.long", assertThrows(DomainException.class, () -> Recap.parse(line)).key());
        assertEquals(1, Recap.parse("é".repeat(Recap.MAX_LINE_LENGTH)).lines().size());
    }

    @Test
    void userTextIsKeptLiterally() {
        Recap recap = Recap.parse("Discussed <script>alert('x')</script> and {0} — 日本語 🎉");
        assertEquals("Discussed <script>alert('x')</script> and {0} — 日本語 🎉", recap.text());
    }
}
