package dev.throughline.standalone.pages;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.throughline.core.macro.ApiMacroSource;
import dev.throughline.core.macro.Reading;
import dev.throughline.web.rest.RestApi;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The macros' source in the sandbox: its own REST API over HTTP, as the viewer of the page (the page's session
 * cookie goes with each request), so the API's own checks decide what the macros show, as Jira's do for Confluence.
 * Requests give up after a few seconds; 401, 403 and 404 are one refusal, as {@code JiraClient} reads them.
 */
final class RestMacroSource extends ApiMacroSource {

    /** Connect and answer time-out of every request. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** One client for every page: it keeps its connections to the API open between pages. */
    private static final HttpClient SHARED = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final URI api;
    private final String cookie;

    /**
     * @param api    the REST API's address, ending in a slash
     * @param cookie the viewer's session cookie ({@code name=value}), or null for an anonymous viewer
     */
    RestMacroSource(HttpClient http, URI api, String cookie) {
        this.http = Objects.requireNonNull(http, "http");
        this.api = Objects.requireNonNull(api, "api");
        this.cookie = cookie;
    }

    /** The API of the server that received {@code page}, read as the viewer who asked for it. */
    static RestMacroSource viewing(HttpServletRequest page) {
        return viewing(SHARED, page);
    }

    static RestMacroSource viewing(HttpClient http, HttpServletRequest page) {
        String session = page.getServletContext().getSessionCookieConfig().getName();
        String cookie = page.getCookies() == null ? null : Arrays.stream(page.getCookies())
                .filter(c -> c.getName().equals(session))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst().orElse(null);
        try {
            URI api = new URI("http", null, page.getLocalAddr(), page.getLocalPort(),
                    page.getContextPath() + RestApi.BASE_PATH + "/", null, null);
            return new RestMacroSource(http, api, cookie);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the sandbox's own address is no URI", e);
        }
    }

    @Override
    protected <T> Reading<T> read(String path, Class<T> type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).GET().timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Reading.Unreachable<>();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading.Unreachable<>();
        }
        return Reading.answer(response.statusCode(), () -> parsed(response.body(), type));
    }

    /** The body as {@code type}, or null when it is no such JSON. */
    private <T> T parsed(String body, Class<T> type) {
        try {
            return body == null ? null : json.readValue(body, type);
        } catch (JacksonException e) {
            return null;
        }
    }
}
