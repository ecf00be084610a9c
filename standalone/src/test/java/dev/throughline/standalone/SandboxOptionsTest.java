package dev.throughline.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's command line: sensible defaults, and a message the person who typed a wrong option can act on. */
class SandboxOptionsTest {

    @Test
    void withoutOptionsTheSandboxKeepsItsDataInAnEmbeddedDatabaseOnPort2990() {
        SandboxOptions options = SandboxOptions.parse(List.of());
        assertEquals(2990, options.port());
        assertFalse(options.demo());
        assertNull(options.jdbcUrl());
        assertEquals("jdbc:h2:file:" + Path.of("throughline-data").toAbsolutePath().resolve("throughline")
                + ";WRITE_DELAY=0", options.url(), "every commit written before it is acknowledged");
    }

    @Test
    void everyOptionIsRead() {
        SandboxOptions options = SandboxOptions.parse(List.of("--port", "8080", "--demo", "--jdbc-url",
                "jdbc:postgresql://localhost:5432/throughline", "--jdbc-user", "tl", "--jdbc-password", "pw",
                "--data-dir", "/tmp/elsewhere"));
        assertEquals(8080, options.port());
        assertTrue(options.demo());
        assertEquals("jdbc:postgresql://localhost:5432/throughline", options.url());
        assertEquals("tl", options.jdbcUser());
        assertEquals("pw", options.jdbcPassword());
    }

    @Test
    void thePrintedDataLocationHidesAPasswordInTheUrl() {
        SandboxOptions options = SandboxOptions.parse(List.of("--jdbc-url",
                "jdbc:postgresql://localhost/throughline?user=tl&password=s3cret&ssl=false"));
        assertEquals("jdbc:postgresql://localhost/throughline?user=tl&password=***&ssl=false",
                options.describeData());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port|abc", "--port|-1", "--port|70000", "--port", "--data-dir", "--jdbc-url",
            "--jdbc-url|jdbc:mysql://localhost/x", "--colour|blue", "--port|--demo"})
    void aWrongCommandLineIsExplained(String line) {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> SandboxOptions.parse(List.of(line.split("\\|"))));
        assertTrue(wrong.getMessage().startsWith("--") || wrong.getMessage().startsWith("Unknown option"),
                wrong.getMessage());
    }
}
