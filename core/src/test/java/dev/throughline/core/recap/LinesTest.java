package dev.throughline.core.recap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinesTest {

    @ParameterizedTest(name = "\"{0}\" in {1} -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "abcdef | 6 | abcdef",
            "abcdefg | 6 | abcde…",
            "abcd efg | 6 | abcd…",
            "'ab; cdef' | 5 | ab…",
            "'' | 3 | ''",
            "日本語の文章 | 4 | 日本語…"})
    void shortensToTheLimitEndingInAnEllipsis(String text, int max, String expected) {
        assertEquals(expected, Lines.shorten(text, max));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String shortened = Lines.shorten("a🎉🎉🎉", 4);
        assertEquals("a🎉…", shortened);
        assertEquals("…", Lines.shorten("🎉🎉", 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ship it. | ship it",
            "ship it... | ship it...",
            "'  ship\n\t it  ' | ship it",
            "Dez. | Dez"})
    void oneLineFlattensWhitespaceAndDropsASingleFinalPeriod(String text, String expected) {
        assertEquals(expected, Lines.oneLine(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\n  \n"})
    void blankNotesHaveNoFirstLine(String notes) {
        assertEquals(Optional.empty(), Lines.firstLine(notes));
    }

    @Test
    void fitKeepsWholeItemsAndMarksTheRestWithAnEllipsis() {
        List<String> items = List.of("aaaa", "bbbb", "cccc");
        assertEquals("[aaaa; bbbb; cccc]", Lines.fit(body -> "[" + body + "]", items, 18));
        assertEquals("[aaaa; bbbb; …]", Lines.fit(body -> "[" + body + "]", items, 17));
        assertEquals("[aaaa; …]", Lines.fit(body -> "[" + body + "]", items, 10));
        assertEquals("[aaa…]", Lines.fit(body -> "[" + body + "]", items, 6));
        assertEquals("[aaaa…]", Lines.fit(body -> "[" + body + "]", items, 8));
        assertEquals("[aa…]", Lines.fit(body -> "[" + body + "]", List.of("aaaa"), 5));
    }
}
