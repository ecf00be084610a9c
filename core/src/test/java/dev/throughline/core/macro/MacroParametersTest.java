package dev.throughline.core.macro;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a page author may type into a macro's parameters, and what each mistake reads as. */
class MacroParametersTest {

    private final Messages texts = BundleMessages.english();

    private static MacroParameters given(String name, String value) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(name, value);
        return new MacroParameters(parameters);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "5", " 50 "})
    void aLimitFromOneToFifty(String limit) {
        MacroParameters parameters = given("limit", limit);
        assertEquals(OptionalInt.of(Integer.parseInt(limit.trim())), parameters.limit());
        assertEquals(Optional.empty(), parameters.problem(texts, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "five", "2.5", "99999999999"})
    void anyOtherLimitIsSaidOnThePage(String limit) {
        Message problem = given("limit", limit).problem(texts, false).orElseThrow();
        assertEquals("error", problem.kind());
        assertEquals("The limit in this macro's parameters must be a whole number from 1 to 50.", problem.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankLimitIsNoLimit(String limit) {
        assertEquals(OptionalInt.empty(), given("limit", limit).limit());
        assertFalse(given("limit", limit).limitInvalid());
    }

    @Test
    void aReportIsTrimmedAndAMissingOneIsAskedFor() {
        assertEquals(Optional.of("alex"), given("report", "  alex ").report());
        Message problem = new MacroParameters(null).problem(texts, true).orElseThrow();
        assertEquals("info", problem.kind());
        assertTrue(problem.text().startsWith("Choose a report"));
        assertEquals(Optional.empty(), new MacroParameters(Map.of()).problem(texts, false));
    }

    @Test
    void aNameNoHostAcceptsIsSaidOnThePage() {
        assertTrue(given("report", "a".repeat(256)).problem(texts, true).isPresent());
        assertTrue(given("manager", "line\nbreak").problem(texts, false).isPresent());
        assertEquals(Optional.empty(), given("report", "Zoë O'Brien").problem(texts, true));
    }
}
