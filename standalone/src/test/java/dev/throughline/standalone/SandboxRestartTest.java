package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox keeps its data across restarts, on its embedded database and on PostgreSQL (in CI). */
class SandboxRestartTest {

    static final String PG_URL = "THROUGHLINE_PG_URL";

    @TempDir
    Path directory;

    @Test
    void theEmbeddedDatabaseKeepsEverythingAcrossARestart() throws Exception {
        survivesRestart(new SandboxOptions(0, directory, null, null, null, true));
    }

    @Test
    void postgresqlKeepsEverythingAcrossARestart() throws Exception {
        Optional<String> url = Optional.ofNullable(System.getenv(PG_URL)).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(PG_URL + " must name the PostgreSQL server in CI");
            }
        }
        Assumptions.assumeTrue(url.isPresent(), "no PostgreSQL here: set " + PG_URL + " (CI always does)");
        try (Connection connection = DriverManager.getConnection(url.get());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        survivesRestart(new SandboxOptions(0, directory, url.get(), null, null, true));
    }

    @Test
    void optionsThatMakeNoSenseAreRefusedWithTheReason() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> SandboxOptions.parse(java.util.List.of("--port", "http")));
        assertTrue(port.getMessage().contains("--port must be a number"), port.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> SandboxOptions.parse(java.util.List.of("--jdbc-url", "jdbc:mysql://x")));
        assertTrue(url.getMessage().contains("PostgreSQL"), url.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse(java.util.List.of("--data-dir")));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse(java.util.List.of("--colour")));
        assertEquals(2990, SandboxOptions.parse(java.util.List.of()).port());
    }

    private static void survivesRestart(SandboxOptions options) throws Exception {
        long sessionId;
        try (SandboxApp first = SandboxApp.start(options, Clock.systemDefaultZone())) {
            SandboxClient morgan = new SandboxClient(first.uri()).signIn("morgan");
            JsonNode team = morgan.ok("GET", "team", null);
            assertEquals(4, team.get("reports").size(), "the demo team");
            JsonNode row = team.get("reports").get(0);
            sessionId = row.get("nextSessionId").asLong();
            JsonNode session = morgan.ok("GET", "session/" + sessionId, null);
            morgan.ok("PUT", "session/" + sessionId + "/focus", Map.of("version", session.get("version").asLong(),
                    "focus", "Kept across the restart"));
        }
        try (SandboxApp second = SandboxApp.start(options, Clock.systemDefaultZone())) {
            SandboxClient morgan = new SandboxClient(second.uri()).signIn("morgan");
            assertEquals(4, morgan.ok("GET", "team", null).get("reports").size(), "loaded once, not twice");
            assertEquals("Kept across the restart", morgan.ok("GET", "session/" + sessionId, null).get("focus")
                    .asText());
        }
    }
}
