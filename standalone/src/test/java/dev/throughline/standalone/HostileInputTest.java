package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of hostile input sent to every endpoint that takes a body (found by reflection): script and markup,
 * SQL, oversized text, control characters, broken character pairs, numbers, dates and times at the edges of their
 * range, wrong types, malformed JSON. Every answer is a
 * 2xx or a 4xx with a message; never a 500; a refused request changes nothing; accepted text is kept exactly.
 */
class HostileInputTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    static final List<String> TEXTS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "'; DROP TABLE AO_A2F333_ONE_ON_ONE; --", "\" OR 1=1 --", "${7*7} #{7*7} $i18n.getText('x')",
            "nul\u0000byte", "escape\u001B[2J", "half \uD83D emoji", "\u202Eright-to-left\u202C", "👩🏽‍💻 Grüße ✓",
            "x".repeat(20_001), " ", "");
    /** Values at the edges of what a number, date or time can hold, as JSON. */
    static final List<String> EXTREMES = List.of("9223372036854775807", "-9223372036854775808", "-1",
            "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31\"",
            "\"-999999999-01-01\"");
    static final List<String> BODIES = List.of("{", "[]", "null", "\"text\"", "42", "{\"version\": []}",
            "{\"version\": \"1e999\"}", "{\"version\": 9223372036854775808}", "{\"" + "k".repeat(10_000) + "\": 1}");

    @Test
    void hostileInputIsRefusedWithAMessageOrKeptAsTextNeverA500() throws Exception {
        SandboxClient morgan = SANDBOX.as("morgan");
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        kept = 0;
        Endpoints endpoints = Endpoints.seed(morgan);
        for (Endpoints.Call call : endpoints.calls()) {
            if (call.body() == null) {
                continue;
            }
            for (String body : BODIES) {
                statuses.merge(check(morgan, call, body), 1, Integer::sum);
                requests++;
            }
            ObjectNode template = (ObjectNode) SandboxClient.JSON.readTree(call.body());
            for (Iterator<String> fields = template.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                for (String text : TEXTS) {
                    ObjectNode hostile = current(template.deepCopy(), call, endpoints);
                    hostile.put(field, text);
                    // A lone half of a pair cannot travel as UTF-8: send it as JSON's own escape, as a client would.
                    int status = check(morgan, call, hostile.toString().replace("\uD83D", "\\ud83d"));
                    statuses.merge(status, 1, Integer::sum);
                    requests++;
                    if (status == 200 && !text.isBlank()) {
                        kept++;
                    }
                }
                for (String extreme : EXTREMES) {
                    ObjectNode edge = current(template.deepCopy(), call, endpoints);
                    edge.set(field, SandboxClient.JSON.readTree(extreme));
                    statuses.merge(check(morgan, call, edge.toString()), 1, Integer::sum);
                    requests++;
                }
                ObjectNode wrongType = template.deepCopy();
                wrongType.putArray(field).add(1);
                statuses.merge(check(morgan, call, wrongType.toString()), 1, Integer::sum);
                requests++;
            }
        }
        System.out.println("Hostile input: " + requests + " requests, statuses " + statuses + ", " + kept
                + " hostile texts accepted and echoed exactly");
        assertFalse(statuses.containsKey(500), "no 500: " + statuses);
        assertTrue(requests > 500, "the corpus reached every endpoint: " + requests);
    }

    private static int kept;

    /** The body at the version the record has now, so the corpus reaches validation rather than a conflict. */
    private static ObjectNode current(ObjectNode body, Endpoints.Call call, Endpoints endpoints) {
        if (body.has("version")) {
            body.put("version", call.path().startsWith("thread/")
                    ? SANDBOX.app().store().thread(endpoints.threadId()).orElseThrow().version()
                    : SANDBOX.app().store().session(endpoints.sessionId()).orElseThrow().version());
        }
        return body;
    }

    /** One request; a refusal must carry a message and leave the pairing's records as they were. */
    private static int check(SandboxClient client, Endpoints.Call call, String body) throws Exception {
        String before = snapshot();
        HttpResponse<String> response = client.rest(call.method(), call.path(), body);
        int status = response.statusCode();
        String where = call + " with " + abbreviate(body) + " -> " + status + " " + abbreviate(response.body());
        assertTrue(status < 500, where);
        if (status >= 400) {
            JsonNode error = SandboxClient.JSON.readTree(response.body());
            assertFalse(error.get("error").asText().isBlank(), where);
            assertEquals(before, snapshot(), "a refused request changed nothing: " + where);
        } else {
            JsonNode sent = SandboxClient.JSON.readTree(body);
            for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String text = field.getValue().isTextual() ? field.getValue().asText().strip() : "";
                if (text.length() > 2 && !field.getKey().matches("at|to|.*Date|owner|kind|status|report")) {
                    assertTrue(response.body().contains(SandboxClient.JSON.writeValueAsString(text)
                            .replaceAll("^\"|\"$", "")), "kept exactly: " + where);
                }
            }
        }
        return status;
    }

    /** Everything the pairings hold, as text: compared before and after each refused request. */
    private static String snapshot() {
        return SANDBOX.app().store().team(dev.throughline.core.people.UserKey.of("morgan")).toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
