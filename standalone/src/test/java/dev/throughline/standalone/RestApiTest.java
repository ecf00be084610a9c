package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST endpoint over HTTP: the whole workflow, then bad input of every kind (each answered 4xx with a
 * message and the field at fault, and nothing written), and privacy for the report, a peer and another manager.
 */
class RestApiTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    static SandboxClient morgan;
    static SandboxClient alex;
    static long pairingId;

    @BeforeAll
    static void pairUp() throws Exception {
        morgan = SANDBOX.as("morgan");
        alex = SANDBOX.as("alex");
        pairingId = morgan.ok("POST", "pairing", Map.of("report", "alex", "teamStartDate", "2020-01-06"))
                .get("id").asLong();
    }

    static String soon() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static JsonNode schedule() throws Exception {
        return morgan.ok("POST", "session", Map.of("pairingId", pairingId, "at", soon()));
    }

    @Test
    void aSessionRunsFromScheduleToSentRecapOverRest() throws Exception {
        JsonNode session = schedule();
        long id = session.get("id").asLong();
        assertEquals("SCHEDULED", session.get("state").asText());
        assertEquals(3, session.get("segments").size());
        JsonNode prep = morgan.ok("GET", "session/" + id + "/prep", null);
        assertEquals(id, prep.get("sessionId").asLong());
        assertEquals("Alex Kim", prep.get("reportName").asText());

        JsonNode thread = morgan.ok("POST", "thread", Map.of("pairingId", pairingId, "growthArea", "System design",
                "target", "Leads a design review", "nextStep", "Sketch the checkout flow"));
        for (String segment : List.of("progress-check", "blocker-clearing", "development-thread")) {
            session = morgan.ok("POST", "session/" + id + "/segment/" + segment + "/open",
                    Map.of("version", session.get("version").asLong()));
            session = morgan.ok("PUT", "session/" + id + "/segment/" + segment + "/notes",
                    Map.of("version", session.get("version").asLong(), "notes", segment + " notes"));
        }
        session = morgan.ok("PUT", "session/" + id + "/segment/development-thread/minutes",
                Map.of("version", session.get("version").asLong(), "minutes", 15));
        session = morgan.ok("PUT", "session/" + id + "/focus", Map.of("version", session.get("version").asLong(),
                "focus", "Checkout design"));
        session = morgan.ok("POST", "session/" + id + "/talk", Map.of("version", session.get("version").asLong(),
                "managerSeconds", 300, "reportSeconds", 700));
        assertEquals(30, session.get("talk").get("managerShare").asInt());
        session = morgan.ok("POST", "session/" + id + "/commitment", Map.of("owner", "REPORT",
                "text", "Share the sketch", "dueDate", LocalDate.now().plusDays(5).toString()));
        session = morgan.ok("POST", "session/" + id + "/commitment", Map.of("owner", "MANAGER",
                "kind", "BLOCKER_FOLLOW_UP", "text", "Get the API keys", "dueDate", LocalDate.now().plusDays(2)
                        .toString(), "blockedItem", "SHOP-9"));
        assertEquals(2, session.get("made").size());
        thread = morgan.ok("POST", "thread/" + thread.get("id").asLong() + "/entry", Map.of("version",
                thread.get("version").asLong(), "sessionId", id, "note", "Good sketch"));
        assertEquals(1, thread.get("history").size());

        session = morgan.ok("POST", "session/" + id + "/finish", Map.of("version", session.get("version").asLong()));
        assertEquals("HELD", session.get("state").asText());
        assertTrue(session.get("recap").get("text").asText().contains("Share the sketch"));
        assertTrue(session.get("recap").get("recommended").asBoolean());
        session = morgan.ok("PUT", "session/" + id + "/recap", Map.of("version", session.get("version").asLong(),
                "text", "Discussed the checkout design.\nNext: Alex shares the sketch."));
        session = morgan.ok("POST", "session/" + id + "/recap/send", Map.of("version",
                session.get("version").asLong()));
        assertTrue(session.get("recap").get("sent").asBoolean());

        JsonNode me = alex.ok("GET", "me", null);
        assertEquals("Discussed the checkout design.", me.get("pairings").get(0).get("recaps").get(0).get("lines")
                .get(0).asText());
        long commitmentId = session.get("made").get(0).get("id").asLong();
        assertEquals("2026-01-01".length(), alex.ok("POST", "commitment/" + commitmentId + "/done", null)
                .get("completedOn").asText().length(), "the report marks their commitment done");
        assertTrue(alex.ok("DELETE", "commitment/" + commitmentId + "/done", null).get("completedOn").isNull());

        JsonNode team = morgan.ok("GET", "team", null);
        assertEquals("Alex Kim", team.get("reports").get(0).get("reportName").asText());
        assertEquals("Get the API keys", team.get("myTasks").get(0).get("text").asText());
        assertEquals(1, morgan.ok("GET", "pairing/" + pairingId + "/recaps?limit=5", null).get("recaps").size());
        assertEquals("System design", morgan.ok("GET", "pairing/" + pairingId + "/development", null)
                .get("active").get("growthArea").asText());
        assertEquals(3, morgan.ok("GET", "template", null).get("segments").size());
        assertTrue(morgan.ok("GET", "pairing/" + pairingId + "/template", null).get("live").get("thread")
                .get("growthArea").asText().contains("System design"));
        assertEquals(pairingId, alex.ok("GET", "pairing?manager=morgan", null).get(0).get("id").asLong());
    }

    @Test
    void cancelAndRescheduleAnswerWithTheSessionAndItsWarnings() throws Exception {
        JsonNode session = schedule();
        JsonNode cancelled = morgan.ok("POST", "session/" + session.get("id").asLong() + "/cancel",
                Map.of("version", session.get("version").asLong()));
        assertEquals("CANCELLED", cancelled.get("state").asText());
        JsonNode next = schedule();
        String later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode moved = morgan.ok("POST", "session/" + next.get("id").asLong() + "/reschedule",
                Map.of("version", next.get("version").asLong(), "to", later));
        assertEquals(later, moved.get("scheduledAt").asText());
        assertTrue(moved.has("warnings"));
    }

    @Test
    void theCadenceSuggestionFollowsTheStartDates() throws Exception {
        String threeYearsAgo = LocalDate.now().minusYears(3).toString();
        assertEquals("BIWEEKLY", morgan.ok("GET", "cadence?teamStartDate=" + threeYearsAgo, null).get("cadence")
                .asText());
        JsonNode newRole = morgan.ok("GET", "cadence?teamStartDate=" + threeYearsAgo + "&roleStartDate="
                + LocalDate.now().minusMonths(2), null);
        assertEquals("WEEKLY", newRole.get("cadence").asText());
        assertTrue(newRole.get("reason").asText().contains("new role"), newRole.toString());
    }

    @Test
    void theExportHoldsEverythingAboutTheUser() throws Exception {
        HttpResponse<String> export = alex.rest("GET", "user/export", null);
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains("throughline-alex.json"));
        JsonNode json = SandboxClient.JSON.readTree(export.body());
        assertEquals("alex", json.get("user").asText());
        assertEquals("morgan", json.get("pairings").get(0).get("pairing").get("manager").asText());
    }

    @ParameterizedTest(name = "{0} {1} with {2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "POST | session | '' | 400 | ",
        "POST | session | {} | 400 | pairingId",
        "POST | session | '{\"pairingId\": PAIRING}' | 400 | at",
        "POST | session | '{\"pairingId\": PAIRING, \"at\": \"2001-01-01T10:00:00Z\"}' | 400 | scheduledAt",
        "POST | session | '{\"pairingId\": \"abc\", \"at\": \"2030-01-01T10:00:00Z\"}' | 400 | pairingId",
        "POST | session | '{\"pairingId\": PAIRING, \"at\": \"tomorrow\"}' | 400 | at",
        "POST | session | '{\"pairingId\": PAIRING, \"at\": \"2030-01-01T10:00:00Z\", \"x\": 1}' | 400 | x",
        "POST | session | '{\"pairingId\": ' | 400 | ",
        "POST | session | '[1, 2]' | 400 | ",
        "POST | session | '{\"pairingId\": 999999, \"at\": \"2030-01-01T10:00:00Z\"}' | 404 | ",
        "POST | session/SESSION/segment/blocker-clearing/open | '{\"version\": VERSION}' | 400 | segment",
        "POST | session/SESSION/segment/lunch/open | '{\"version\": VERSION}' | 400 | segment",
        "POST | session/SESSION/segment/progress-check/open | '{}' | 400 | version",
        "POST | session/SESSION/segment/progress-check/open | '{\"version\": 0}' | 409 | version",
        "PUT | session/SESSION/segment/progress-check/notes | '{\"version\": VERSION, \"notes\": \"x\"}' | 400 | segment",
        "PUT | session/SESSION/focus | '{\"version\": VERSION, \"focus\": \"LONG\"}' | 400 | focus",
        "PUT | session/SESSION/segment/progress-check/minutes | '{\"version\": VERSION, \"minutes\": 0}' | 400 | plannedMinutes",
        "POST | session/SESSION/talk | '{\"version\": VERSION, \"managerSeconds\": -5, \"reportSeconds\": 1}' | 400 | ",
        "POST | session/SESSION/commitment | '{\"text\": \"x\"}' | 400 | owner",
        "POST | session/SESSION/commitment | '{\"owner\": \"REPORT\"}' | 400 | text",
        "POST | session/SESSION/commitment | '{\"owner\": \"BOSS\", \"text\": \"x\"}' | 400 | owner",
        "POST | session/SESSION/commitment | '{\"owner\": \"REPORT\", \"text\": \"x\", \"dueDate\": \"2001-01-01\"}' | 400 | dueDate",
        "POST | session/SESSION/commitment | '{\"owner\": \"REPORT\", \"text\": \"x\", \"kind\": \"BLOCKER_FOLLOW_UP\"}' | 400 | owner",
        "POST | session/SESSION/finish | '{\"version\": \"one\"}' | 400 | version",
        "PUT | session/SESSION/recap | '{\"version\": VERSION, \"text\": \"a\"}' | 400 | ",
        "POST | session/SESSION/recap/send | '{\"version\": VERSION}' | 400 | ",
        "POST | session/SESSION/reschedule | '{\"version\": VERSION, \"to\": \"2001-01-01T10:00:00Z\"}' | 400 | rescheduledTo",
        "GET | session/999999 | '' | 404 | ",
        "GET | session/SESSION?progress-check=shouty | '' | 400 | tone",
        "POST | pairing | '{\"report\": \"nobody\", \"teamStartDate\": \"2020-01-01\"}' | 400 | report",
        "POST | pairing | '{\"report\": \"morgan\", \"teamStartDate\": \"2020-01-01\"}' | 400 | report",
        "POST | pairing | '{\"report\": \"sam\"}' | 400 | teamStartDate",
        "POST | pairing | '{\"report\": \"sam\", \"teamStartDate\": \"2999-01-01\"}' | 400 | teamStartDate",
        "POST | pairing | '{\"report\": \"alex\", \"teamStartDate\": \"2020-01-01\"}' | 400 | report",
        "POST | thread | '{\"pairingId\": PAIRING}' | 400 | growthArea",
        "POST | thread | '{\"pairingId\": PAIRING, \"growthArea\": \"x\", \"reviewDate\": \"2001-01-01\"}' | 400 | reviewDate",
        "GET | pairing/PAIRING/recaps?limit=0 | '' | 400 | limit",
        "GET | pairing/PAIRING/recaps?limit=abc | '' | 400 | limit",
        "GET | session/abc | '' | 404 | ",
        "GET | cadence?teamStartDate=yesterday | '' | 400 | teamStartDate",
        "GET | cadence | '' | 400 | teamStartDate",
        "GET | nowhere | '' | 404 | ",
        "DELETE | team | '' | 405 | ",
    })
    void badInputIsA4xxWithAMessageAndWritesNothing(String method, String path, String body, int status,
                                                    String field) throws Exception {
        JsonNode session = schedule();
        long version = session.get("version").asLong();
        String resolve = path.replace("SESSION", session.get("id").asText())
                .replace("PAIRING", String.valueOf(pairingId));
        String json = body.isEmpty() ? null : body.replace("PAIRING", String.valueOf(pairingId))
                .replace("VERSION", String.valueOf(version)).replace("LONG", "x".repeat(1_001));
        int pairingsBefore = SANDBOX.app().store().pairingsOf(dev.throughline.core.people.UserKey.of("morgan")).size();
        int sessionsBefore = SANDBOX.app().store().history(pairingId).orElseThrow().sessions().size();

        HttpResponse<String> response = morgan.rest(method, resolve, json);

        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = SandboxClient.JSON.readTree(response.body());
        assertFalse(error.get("error").asText().isBlank(), "a message a person can read");
        assertFalse(response.body().contains("Exception"), response.body());
        if (field != null) {
            assertEquals(field, error.get("field").asText(), response.body());
        }
        assertEquals(version, SANDBOX.app().store().session(session.get("id").asLong()).orElseThrow().version(),
                "the session is unchanged");
        assertEquals(pairingsBefore, SANDBOX.app().store().pairingsOf(
                dev.throughline.core.people.UserKey.of("morgan")).size(), "no pairing was made");
        assertEquals(sessionsBefore, SANDBOX.app().store().history(pairingId).orElseThrow().sessions().size(),
                "no session was made");
    }

    @Test
    void theReportReadsButOnlyTheManagerChanges() throws Exception {
        JsonNode session = schedule();
        long id = session.get("id").asLong();
        assertEquals(200, alex.rest("GET", "session/" + id, null).statusCode());
        HttpResponse<String> open = alex.rest("POST", "session/" + id + "/segment/progress-check/open",
                "{\"version\": " + session.get("version").asLong() + "}");
        assertEquals(403, open.statusCode());
        assertEquals("Only the manager of this pairing can do that.", SandboxClient.JSON.readTree(open.body())
                .get("error").asText());
    }

    @Test
    void outsidersGet404ForEverythingOfThePairing() throws Exception {
        JsonNode session = schedule();
        long id = session.get("id").asLong();
        long commitment = morgan.ok("POST", "session/" + id + "/commitment", Map.of("owner", "REPORT", "text",
                "Private")).get("made").get(0).get("id").asLong();
        String v = "{\"version\": " + session.get("version").asLong() + "}";
        for (String outsider : List.of("casey", "taylor")) {
            SandboxClient client = SANDBOX.as(outsider);
            for (String[] call : new String[][] {
                {"GET", "session/" + id, null}, {"GET", "session/" + id + "/prep", null},
                {"POST", "session/" + id + "/segment/progress-check/open", v},
                {"PUT", "session/" + id + "/segment/progress-check/notes", v},
                {"POST", "session/" + id + "/cancel", v}, {"POST", "session/" + id + "/commitment",
                        "{\"owner\": \"REPORT\", \"text\": \"x\"}"},
                {"POST", "commitment/" + commitment + "/done", null},
                {"GET", "pairing/" + pairingId + "/development", null},
                {"GET", "pairing/" + pairingId + "/recaps", null}, {"GET", "pairing/" + pairingId + "/template", null},
                {"PUT", "pairing/" + pairingId, "{\"teamStartDate\": \"2020-01-01\"}"},
                {"POST", "thread", "{\"pairingId\": " + pairingId + ", \"growthArea\": \"x\"}"},
            }) {
                HttpResponse<String> response = client.rest(call[0], call[1], call[2]);
                assertEquals(404, response.statusCode(), outsider + " " + call[0] + " " + call[1] + ": "
                        + response.body());
                assertFalse(response.body().contains("Private") || response.body().contains("Alex"), response.body());
            }
            assertEquals(0, client.ok("GET", "team", null).get("reports").size());
            assertEquals(0, client.ok("GET", "me", null).get("pairings").size());
            assertEquals(0, client.ok("GET", "pairing", null).size());
            assertEquals(404, client.get("/session/" + id).statusCode(), "the page too");
            assertEquals(404, client.get("/pairing/" + pairingId + "/development").statusCode());
        }
        assertEquals(session.get("version").asLong(), SANDBOX.app().store().session(id).orElseThrow().version());
    }
}
