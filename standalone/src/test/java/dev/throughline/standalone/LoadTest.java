package dev.throughline.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load run's short form: a few managers for a few seconds, every request answered without an error. */
class LoadTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aShortRunOfTheWorkflowMixHasNoErrors() throws Exception {
        List<LoadRun.Result> results = LoadRun.run(new LoadRun.Size(6, 4, 2, 8, 2, 2));
        results.forEach(result -> System.out.println(result.line()));
        assertTrue(results.get(0).requests() > 50, "the workflow ran: " + results.get(0).line());
        assertEquals(0, results.get(0).errors(), results.get(0).line());
        assertEquals(0, results.get(1).errors(), results.get(1).line());
        assertTrue(results.get(0).statementsPerRequest() > 1, "statements were counted");
        assertEquals(0, results.get(1).statements(), "the health check touches no database");
        assertTrue(results.get(0).cpu().jvmNanos() > 0 && results.get(1).cpu().jvmNanos() > 0, "CPU was measured");
    }
}
