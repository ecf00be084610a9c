package dev.throughline.standalone;

import dev.throughline.core.people.UserKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who gets what, for every endpoint of the REST API (found by reflection) and every page: the manager and the
 * report of a pairing see it; a peer and another manager are told it does not exist; anonymous callers must sign
 * in; no change is accepted without the XSRF token. The matrix is printed, and nothing outsiders tried was written.
 */
class AccessMatrixTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    static final List<String> PAGES = List.of("/session/%d", "/session/%d/prep", "/pairing/%d/development");

    @Test
    void onlyTheManagerAndTheReportReachAPairingAndNoChangeGoesThroughWithoutItsToken() throws Exception {
        Endpoints endpoints = Endpoints.seed(SANDBOX.as("morgan"));
        List<Endpoints.Call> calls = endpoints.calls();
        assertTrue(calls.size() >= 25, "every endpoint was found: " + calls);
        Map<String, Map<Integer, Integer>> matrix = new TreeMap<>();
        long version = endpoints.sessionVersion();

        SandboxClient anonymous = SANDBOX.client();
        for (String role : List.of("casey", "taylor", "anonymous", "alex", "morgan-without-token")) {
            SandboxClient client = role.equals("anonymous") ? anonymous
                    : SANDBOX.as(role.equals("morgan-without-token") ? "morgan" : role);
            for (Endpoints.Call call : calls) {
                HttpResponse<String> response = role.equals("morgan-without-token")
                        ? client.restWithoutToken(call.method(), call.path(), call.body())
                        : client.rest(call.method(), call.path(), call.body());
                int status = response.statusCode();
                matrix.computeIfAbsent(role, r -> new TreeMap<>()).merge(status, 1, Integer::sum);
                String where = role + " " + call + " -> " + status + " " + response.body();
                switch (role) {
                    case "anonymous" -> assertEquals(call.path().equals("health") ? 200 : 401, status, where);
                    case "casey", "taylor" -> {
                        if (call.pairingScoped()) {
                            assertEquals(404, status, where);
                        }
                        assertTrue(!response.body().contains("Alex Kim") && !response.body().contains("Private")
                                && !response.body().contains("matrix"),
                                where);
                    }
                    case "alex" -> {
                        if (call.pairingScoped() && call.mutating() && !call.path().startsWith("commitment/")) {
                            assertEquals(403, status, where);
                        }
                        if (!call.mutating()) {
                            assertEquals(200, status, where);
                        }
                    }
                    default -> assertEquals(call.mutating() ? 403 : 200, status, where);
                }
            }
            if (!role.equals("anonymous") && !role.equals("morgan-without-token")) {
                for (String page : PAGES) {
                    int status = client.get(String.format(page, page.startsWith("/pairing")
                            ? endpoints.pairingId() : endpoints.sessionId())).statusCode();
                    matrix.get(role).merge(-status, 1, Integer::sum);
                    assertEquals(role.equals("alex") ? 200 : 404, status, role + " " + page);
                }
            }
        }
        assertEquals(version, SANDBOX.app().store().session(endpoints.sessionId()).orElseThrow().version(),
                "no one but the manager changed the session");
        assertEquals(1, SANDBOX.app().store().pairingsOf(UserKey.of("morgan")).size(), "morgan's pairing only");
        print(calls.size(), matrix);
    }

    /** Per role, how many answers of each status (negative: pages). */
    private static void print(int endpoints, Map<String, Map<Integer, Integer>> matrix) {
        StringBuilder out = new StringBuilder("Access matrix: " + endpoints + " REST endpoints, "
                + PAGES.size() + " pages (page statuses negative)\n");
        matrix.forEach((role, statuses) -> out.append(String.format("  %-22s %s%n", role,
                new LinkedHashMap<>(statuses))));
        System.out.print(out);
    }
}
