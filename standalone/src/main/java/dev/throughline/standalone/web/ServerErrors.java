package dev.throughline.standalone.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.throughline.web.rest.ErrorBody;
import dev.throughline.web.rest.RestApi;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's answer to a request it refuses before any filter or servlet sees it (a malformed or ambiguous URI): in
 * the REST API's shape {@code {"error": ..., "field": null}} under its path, as plain text elsewhere. Never Jetty's
 * HTML page, its version or a stack trace.
 */
public final class ServerErrors extends ErrorHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws JsonProcessingException {
        String text = HttpStatus.getMessage(code) + ".";
        String path = request.getHttpURI().getPath();
        boolean rest = path != null && path.startsWith(RestApi.BASE_PATH + "/");
        String body = rest ? json.writeValueAsString(new ErrorBody(text, null)) : text;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, rest ? "application/json" : "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
