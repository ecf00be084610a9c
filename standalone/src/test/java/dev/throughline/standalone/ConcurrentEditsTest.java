package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fifty edits of one session from the same version, at once, over HTTP: one wins, 49 hear 409, nothing is lost. */
class ConcurrentEditsTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    static final int EDITORS = 50;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void exactlyOneEditPerVersionWinsAndTheRestAreConflicts() throws Exception {
        SandboxClient morgan = SANDBOX.as("morgan");
        JsonNode session = morgan.scheduleTomorrow(morgan.pairWith("alex"));
        long id = session.get("id").asLong();
        session = morgan.ok("POST", "session/" + id + "/segment/progress-check/open",
                Map.of("version", session.get("version").asLong()));
        long version = session.get("version").asLong();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS, runnable -> {
            Thread thread = new Thread(runnable, "editor");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                String body = "{\"version\": " + version + ", \"notes\": \"edit " + i + "\"}";
                answers.add(pool.submit(() -> {
                    start.await();
                    return morgan.rest("PUT", "session/" + id + "/segment/progress-check/notes", body);
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(1, TimeUnit.MINUTES);
                if (response.statusCode() == 200) {
                    winners.add(SandboxClient.JSON.readTree(response.body()).get("segments").get(0).get("notes")
                            .asText());
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                    conflicts++;
                }
            }
            assertEquals(1, winners.size(), "one edit per version wins: " + winners);
            assertEquals(EDITORS - 1, conflicts);
            Session stored = SANDBOX.app().store().session(id).orElseThrow();
            assertEquals(winners.get(0), stored.segment(Segment.PROGRESS_CHECK).notes(), "the winner is what is kept");
            assertEquals(version + 1, stored.version());
        } finally {
            pool.shutdownNow();
        }
    }
}
