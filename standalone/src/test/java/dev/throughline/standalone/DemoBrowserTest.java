package dev.throughline.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo team in a browser: every warning on the team page, tones, the talk meter, cancelling, the macros. */
class DemoBrowserTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(true);

    static Browser morgan;

    @BeforeAll
    static void signIn() throws Exception {
        morgan = new Browser(SANDBOX.app().uri()).signIn("morgan");
    }

    @AfterAll
    static void close() {
        morgan.close();
    }

    @Test
    void theTeamPageShowsEveryHabitWarningAndTheReflection() {
        morgan.open("/team");
        Set<String> habits = morgan.all(By.cssSelector(".tl-warning")).stream()
                .map(warning -> warning.getAttribute("data-habit")).collect(Collectors.toSet());
        assertEquals(Set.of("talks-too-much", "avoids-hard-topics", "cancels-sessions", "assigns-work",
                "skips-notes"), habits);
        assertEquals(4, morgan.all(By.cssSelector("tr[data-report]")).size());
        assertTrue(morgan.text(By.id("reflection")).contains("2 of 4 could say it today."),
                morgan.text(By.id("reflection")));
        assertFalse(morgan.all(By.cssSelector("#my-tasks li")).isEmpty(), "the manager's own follow-ups");
    }

    @Test
    void theToneCanBeChangedAndTheTalkMeterWarnsPastFortyPercent() {
        morgan.open("/team");
        morgan.clickAndWait(By.cssSelector("tr[data-report=alex] a.tl-open"));
        WebElement progress = morgan.find(By.cssSelector("#segment-progress-check .tl-script summary"));
        assertTrue(progress.getText().contains("Firm"), "a missed commitment makes it firm: " + progress.getText());
        morgan.script("window.throughlineOldPage = true;");
        morgan.select(By.cssSelector(".tl-tone[data-segment=progress-check]"), "soft");
        morgan.waitForUrl("progress-check=soft");
        assertTrue(morgan.text(By.cssSelector("#segment-progress-check .tl-script summary")).contains("Soft"));

        morgan.click(By.cssSelector("[data-speaker=manager]"));
        morgan.waitFor(By.cssSelector("#talk-warning:not(.tl-hidden)"));
        assertTrue(morgan.text(By.id("talk-share")).matches("You: (4[1-9]|[5-9]\\d|100)% of the talking"),
                morgan.text(By.id("talk-share")));
        morgan.click(By.cssSelector("[data-speaker='']"));
        morgan.assertNoConsoleErrors();
    }

    @Test
    void cancellingAgainShowsTheWarningAtOnce() {
        morgan.open("/team");
        morgan.clickAndWait(By.cssSelector("tr[data-report=jordan] a.tl-open"));
        morgan.clickAndWait(By.id("cancel"));
        assertEquals("cancelled", morgan.text(By.id("session-state")).toLowerCase());
        assertTrue(morgan.text(By.id("warnings")).contains("4 one-on-ones in a row were cancelled"),
                morgan.text(By.id("warnings")));
    }

    @Test
    void reschedulingIntoAnotherWeekIsFlagged() {
        morgan.open("/team");
        morgan.clickAndWait(By.cssSelector("tr[data-report=sam] a.tl-open"));
        LocalDate nextWeek = LocalDate.now().with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)).plusWeeks(1);
        morgan.setValue(By.id("reschedule-at"), LocalDateTime.of(nextWeek.plusDays(2), java.time.LocalTime.of(15, 0))
                .toString());
        morgan.clickAndWait(By.cssSelector("#reschedule-form button"));
        assertTrue(morgan.text(By.id("warnings")).contains("into another week"), morgan.text(By.id("warnings")));
    }

    @Test
    void theMacroPreviewRendersAllThreeMacros() {
        morgan.open("/macros");
        assertTrue(morgan.text(By.id("macro-template")).contains("Blocker Clearing"));
        assertTrue(morgan.text(By.id("macro-recap")).contains("Choose a report"), "the macro asks for its report");
        morgan.type(By.id("report"), "alex");
        morgan.clickAndWait(By.cssSelector("#macro-pairing button"));
        assertFalse(morgan.all(By.id("macro-development")).isEmpty());
        assertTrue(morgan.all(By.cssSelector("#macro-development .aui-message")).isEmpty(),
                morgan.text(By.id("macro-development")));
        assertFalse(morgan.all(By.cssSelector("#macro-recap .tl-recap-item")).isEmpty(), "recaps were sent");
        assertTrue(morgan.text(By.id("macro-template")).contains("Suggested tones"));
    }

    @Test
    void anOutsiderSeesTheMacrosSayNothingIsAvailableNotTheData() throws Exception {
        morgan.open("/macros?report=alex&limit=3");
        assertEquals(3, morgan.all(By.cssSelector("#macro-recap .tl-recap-item")).size(), "the limit is the page's");
        String recapLine = morgan.text(By.cssSelector("#macro-recap .tl-recap-item li"));
        try (Browser casey = new Browser(SANDBOX.app().uri()).signIn("casey")) {
            casey.open("/macros?report=alex&manager=morgan");
            for (String macro : new String[] {"macro-development", "macro-recap"}) {
                assertTrue(casey.text(By.id(macro)).contains("Nothing to show"), casey.text(By.id(macro)));
            }
            assertTrue(casey.all(By.cssSelector("#macro-recap .tl-recap-item")).isEmpty());
            assertFalse(casey.text(By.tagName("body")).contains(recapLine), "none of Alex's recaps");
            assertFalse(casey.text(By.id("macro-template")).contains("Suggested tones"), "the plain template");
        }
    }
}
