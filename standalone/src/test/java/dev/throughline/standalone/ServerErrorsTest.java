package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request Jetty refuses before any filter or servlet sees it (here an ambiguous URI) still gets the REST API's
 * error shape under its path and plain text elsewhere: never Jetty's HTML page or the server's name and version.
 */
class ServerErrorsTest {

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox(false);

    @Test
    void aRefusedRestUriIsAnsweredAsJson() throws Exception {
        HttpResponse<String> response = SANDBOX.client().get("/rest/throughline/1.0/%2e%2e/team");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = SandboxClient.JSON.readTree(response.body());
        assertEquals("Bad Request.", body.get("error").asText());
        assertTrue(body.get("field").isNull(), response.body());
    }

    @Test
    void aRefusedPageUriIsPlainTextWithoutTheServersName() throws Exception {
        HttpResponse<String> response = SANDBOX.client().get("/%2e%2e/team");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertFalse(response.body().contains("Jetty"), response.body());
        assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
    }
}
