package dev.throughline.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a manager does in a browser, end to end: set up a one-on-one, start a development thread, prep, run the
 * three segments with a commitment and a blocker follow-up, finish with a recap and send it; the next session's
 * Progress Check carries the commitment. The report then reads the recap and their development answer; a peer
 * sees nothing. Every field gets hostile text, which must come back as text.
 */
class ManagerWorkflowBrowserTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    static final String SCRIPT = "<script>window.pwned=1</script>";
    static final String IMG = "\"><img src=x onerror=\"window.pwned=1\">";

    @Test
    void aManagerRunsAOneOnOneAndTheReportSeesItsOutcome() throws Exception {
        String tomorrow = LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS).withHour(10).toString();
        long firstSession;
        try (Browser stranger = new Browser(SANDBOX.app().uri())) {
            stranger.open("/login");
            stranger.type(By.id("username"), IMG);
            stranger.type(By.id("password"), SCRIPT);
            stranger.driver().findElement(By.id("login-submit")).click();
            stranger.waitFor(By.id("login-error"));
            stranger.acceptRefusedRequest(401);
            assertEquals(IMG, stranger.find(By.id("username")).getAttribute("value"), "the name typed, as text");
            assertNotPwned(stranger);
        }
        try (Browser morgan = new Browser(SANDBOX.app().uri()).signIn("morgan")) {
            morgan.open("/pairing/new");
            morgan.type(By.id("report"), SCRIPT);
            morgan.setValue(By.id("teamStartDate"), LocalDate.now().minusYears(3).toString());
            morgan.click(By.cssSelector("#pairing-form button[type=submit]"));
            morgan.waitFor(By.cssSelector("#error:not(.tl-hidden)"));
            assertEquals("There is no user " + SCRIPT + ".", morgan.text(By.id("error")));
            morgan.acceptRefusedRequest(400);
            assertNotPwned(morgan);
            morgan.type(By.id("report"), "alex");
            morgan.setValue(By.id("teamStartDate"), LocalDate.now().minusYears(3).toString());
            morgan.script("document.getElementById('teamStartDate').dispatchEvent(new Event('change'));");
            morgan.waitFor(By.cssSelector("#cadence-suggestion[data-cadence=BIWEEKLY]"));
            morgan.setValue(By.id("roleStartDate"), LocalDate.now().minusMonths(3).toString());
            morgan.script("document.getElementById('roleStartDate').dispatchEvent(new Event('change'));");
            morgan.waitFor(By.cssSelector("#cadence-suggestion[data-cadence=WEEKLY]"));
            assertTrue(morgan.text(By.id("cadence-suggestion")).contains("new role"),
                    morgan.text(By.id("cadence-suggestion")));
            morgan.clickAndWait(By.cssSelector("#pairing-form button[type=submit]"));
            assertEquals("/team", morgan.path());
            assertEquals("Alex Kim", morgan.text(By.cssSelector("tr[data-report=alex] .tl-report")));

            morgan.clickAndWait(By.cssSelector("tr[data-report=alex] a[href$='/development']"));
            morgan.type(By.id("t-area"), "Stakeholder communication " + SCRIPT);
            morgan.type(By.id("t-target"), "Runs the quarterly review " + IMG);
            morgan.type(By.id("t-gap"), "Presents without a clear ask " + IMG);
            morgan.type(By.id("t-good"), "A one-page brief " + SCRIPT);
            morgan.type(By.id("t-next"), "Draft the review agenda " + SCRIPT);
            morgan.clickAndWait(By.cssSelector("#thread-start button[type=submit]"));
            assertTrue(morgan.text(By.id("developed-toward")).contains(SCRIPT), "hostile text shown as text");

            morgan.open("/team");
            morgan.setValue(By.cssSelector("form.tl-schedule input[name=at]"), tomorrow);
            morgan.clickAndWait(By.cssSelector("form.tl-schedule button"));
            assertTrue(morgan.path().endsWith("/prep"), morgan.path());
            assertTrue(morgan.text(By.id("prep-topic")).contains("Stakeholder communication " + SCRIPT));
            firstSession = Long.parseLong(morgan.find(By.cssSelector("[data-session]")).getAttribute("data-session"));

            morgan.clickAndWait(By.id("start-session"));
            runSegments(morgan);
            morgan.clickAndWait(By.id("finish"));
            WebElement recap = morgan.find(By.id("recap-text"));
            assertTrue(recap.getAttribute("value").contains("Send the agenda " + SCRIPT), recap.getAttribute("value"));
            assertTrue(morgan.text(By.id("recap")).contains("send the recap"), morgan.text(By.id("recap")));
            morgan.type(By.id("recap-text"), "Discussed the review " + SCRIPT + "\nNext: the agenda " + IMG);
            morgan.clickAndWait(By.id("save-recap"));
            assertTrue(morgan.find(By.id("recap-text")).getAttribute("value").contains("the agenda " + IMG));
            morgan.clickAndWait(By.id("send-recap"));
            assertFalse(morgan.all(By.id("recap-sent")).isEmpty(), "the recap is marked sent");
            assertTrue(morgan.all(By.id("send-recap")).isEmpty(), "and can no longer be sent or edited");

            morgan.open("/team");
            morgan.setValue(By.cssSelector("form.tl-schedule input[name=at]"),
                    LocalDateTime.parse(tomorrow).plusDays(7).toString());
            morgan.clickAndWait(By.cssSelector("form.tl-schedule button"));
            morgan.clickAndWait(By.id("start-session"));
            String carried = morgan.text(By.id("carried"));
            assertTrue(carried.contains("Send the agenda " + SCRIPT), carried);
            assertTrue(carried.contains("Get access " + IMG), carried);
            assertNotPwned(morgan);
        }
        try (Browser alex = new Browser(SANDBOX.app().uri()).signIn("alex")) {
            alex.open("/me");
            String page = alex.text(By.id("me"));
            assertTrue(page.contains("Stakeholder communication " + SCRIPT), page);
            assertTrue(page.contains("Presents without a clear ask " + IMG), "what my manager thinks I need to work on");
            assertTrue(alex.all(By.cssSelector(".tl-recap-item")).size() == 1, "the recap arrived");
            assertTrue(alex.text(By.cssSelector(".tl-recap-item")).contains("Discussed the review " + SCRIPT));
            assertTrue(alex.text(By.cssSelector(".tl-recap-item")).contains("Next: the agenda " + IMG));
            alex.open("/session/" + firstSession);
            assertTrue(alex.all(By.id("finish")).isEmpty(), "the report reads the session but cannot run it");
            assertNotPwned(alex);
        }
        try (Browser casey = new Browser(SANDBOX.app().uri()).signIn("casey")) {
            casey.openRefused("/session/" + firstSession);
            assertTrue(casey.text(By.id("page-error")).contains("There is no session"), casey.source());
            assertFalse(casey.source().contains("Stakeholder"), "a peer sees nothing of it");
            casey.open("/team");
            assertTrue(casey.all(By.cssSelector("tr[data-report]")).isEmpty());
        }
    }

    private static void runSegments(Browser morgan) {
        morgan.type(By.id("focus"), "Quarterly review prep " + IMG);
        morgan.clickAndWait(By.id("save-focus"));
        morgan.click(By.cssSelector("[data-speaker=report]"));
        morgan.waitFor(By.cssSelector("[data-speaker=report][aria-pressed=true]"));

        for (String segment : List.of("progress-check", "blocker-clearing", "development-thread")) {
            morgan.clickAndWait(By.cssSelector(".tl-open-segment[data-segment=" + segment + "]"));
            morgan.type(By.id("notes-" + segment), segment + " notes " + SCRIPT);
            morgan.click(By.cssSelector(".tl-save-notes[data-segment=" + segment + "]"));
            morgan.waitFor(By.cssSelector(".tl-save-notes.tl-saved[data-segment=" + segment + "]"));
            if (segment.equals("blocker-clearing")) {
                commitment(morgan, "MANAGER", "BLOCKER_FOLLOW_UP", "Get access " + IMG, "SHOP-142 " + SCRIPT);
            }
        }
        commitment(morgan, "REPORT", "OTHER", "Send the agenda " + SCRIPT, "");
        morgan.type(By.id("thread-note"), "Good first draft " + SCRIPT);
        morgan.clickAndWait(By.cssSelector("#thread-entry button[type=submit]"));
        String made = morgan.text(By.id("made"));
        assertTrue(made.contains("Get access " + IMG) && made.contains("SHOP-142"), made);
        assertTrue(made.contains("Send the agenda " + SCRIPT), made);
        assertNotPwned(morgan);
    }

    private static void commitment(Browser morgan, String owner, String kind, String text, String blocked) {
        morgan.type(By.id("c-text"), text);
        morgan.select(By.id("c-owner"), owner);
        morgan.select(By.id("c-kind"), kind);
        morgan.setValue(By.id("c-due"), LocalDate.now().plusDays(3).toString());
        morgan.type(By.id("c-blocked"), blocked);
        morgan.clickAndWait(By.cssSelector("#commitment-form button[type=submit]"));
    }

    private static void assertNotPwned(Browser browser) {
        assertEquals(null, browser.script("return window.pwned === undefined ? null : window.pwned;"),
                "no injected script ran");
        assertTrue(browser.all(By.cssSelector("img[src=x]")).isEmpty(), "no injected element exists");
    }
}
