package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox killed with SIGKILL in the middle of a write-heavy run: after a restart on the same data, every
 * write it had acknowledged is there, and every session reads back whole.
 */
class CrashTest {

    static final Pattern RUNNING = Pattern.compile("running at (http://\\S+)");
    static final int WRITERS = 6;

    @TempDir
    Path directory;

    private List<String> database;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedWriteSurvivesAKillDashNineOnTheEmbeddedDatabase() throws Exception {
        database = List.of("--data-dir", directory.toString());
        killAndCheck();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedWriteSurvivesAKillDashNineOnPostgresql() throws Exception {
        String url = System.getenv("THROUGHLINE_PG_URL");
        if ((url == null || url.isBlank()) && System.getenv("CI") != null) {
            throw new IllegalStateException("THROUGHLINE_PG_URL must name the PostgreSQL server in CI");
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL here: set THROUGHLINE_PG_URL");
        try (Connection connection = DriverManager.getConnection(url); Statement statement =
                connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        database = List.of("--jdbc-url", url);
        killAndCheck();
    }

    private void killAndCheck() throws Exception {
        Process sandbox = start();
        URI uri = uri(sandbox);
        SandboxClient morgan = new SandboxClient(uri).signIn("morgan");
        long pairingId = morgan.ok("POST", "pairing", Map.of("report", "alex", "teamStartDate", "2020-01-06"))
                .get("id").asLong();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Long, Long> sessions = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> write(morgan, pairingId, writer, running, acknowledged, sessions));
            thread.setDaemon(true);
            thread.start();
            writers.add(thread);
        }
        while (acknowledged.size() < 60) {
            Thread.sleep(20);
        }
        sandbox.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        running.set(false);
        for (Thread thread : writers) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }

        Process restarted = start();
        try {
            SandboxClient after = new SandboxClient(uri(restarted)).signIn("morgan");
            Set<String> stored = ConcurrentHashMap.newKeySet();
            for (long sessionId : sessions.keySet()) {
                JsonNode session = after.ok("GET", "session/" + sessionId, null);
                assertEquals(3, session.get("segments").size(), "the session reads back whole");
                session.get("made").forEach(commitment -> stored.add(commitment.get("text").asText()));
            }
            Set<String> lost = new java.util.TreeSet<>(acknowledged);
            lost.removeAll(stored);
            assertTrue(lost.isEmpty(), lost.size() + " of " + acknowledged.size() + " acknowledged writes lost: "
                    + lost);
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Schedules sessions and adds commitments to them, remembering every one the sandbox answered 200 for. */
    private static void write(SandboxClient client, long pairingId, int writer, AtomicBoolean running,
                              Set<String> acknowledged, Map<Long, Long> sessions) {
        int n = 0;
        try {
            while (running.get()) {
                JsonNode session = client.ok("POST", "session", Map.of("pairingId", pairingId, "at",
                        Instant.now().plus(1 + writer, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
                long id = session.get("id").asLong();
                sessions.put(id, (long) writer);
                for (int c = 0; c < 3 && running.get(); c++) {
                    String text = "w" + writer + "-" + n++;
                    HttpResponse<String> response = client.rest("POST", "session/" + id + "/commitment",
                            SandboxClient.JSON.writeValueAsString(Map.of("owner", "REPORT", "text", text)));
                    if (response.statusCode() == 200) {
                        acknowledged.add(text);
                    }
                }
            }
        } catch (Exception | AssertionError killed) {
            // the sandbox went away mid-request: what it acknowledged before is what the test checks
        }
    }

    private Process start() throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-cp", System.getProperty("java.class.path"),
                Sandbox.class.getName(), "--port", "0"));
        command.addAll(database);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static URI uri(Process sandbox) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = RUNNING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IllegalStateException("the sandbox did not start");
    }
}
