package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's HTTP conversation with the sandbox, as a browser holds it: its session cookie (kept by hand: the
 * JDK's cookie store never sends a Secure cookie over http, where a browser does for localhost) and its XSRF
 * token, read from the pages like the pages' script does.
 */
final class SandboxClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"(?:atl_token|atl-token)\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    private String token;

    SandboxClient(URI base) {
        this.base = base;
    }

    /** Signs in through the form, then reads the signed-in session's token from a page. */
    SandboxClient signIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login");
        token = token(form.body());
        HttpResponse<String> signedIn = form("/login", Map.of("username", user, "password", SandboxApp.PASSWORD,
                "atl_token", token, "next", "/"));
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("could not sign in as " + user + ": " + signedIn.statusCode());
        }
        token = token(get("/me").body());
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), true);
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElse("");
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), false);
    }

    /** A REST call with a JSON body (raw, so tests can send what no well-behaved client would), with the token. */
    HttpResponse<String> rest(String method, String path, String json) throws IOException, InterruptedException {
        return restCall(method, path, json, true);
    }

    HttpResponse<String> restWithoutToken(String method, String path, String json)
            throws IOException, InterruptedException {
        return restCall(method, path, json, false);
    }

    JsonNode ok(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = rest(method, path, body == null ? null : JSON.writeValueAsString(body));
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Sets up a one-on-one with {@code report} (as this client's user, the manager); answers its id. */
    long pairWith(String report) throws IOException, InterruptedException {
        return ok("POST", "pairing", Map.of("report", report, "teamStartDate", "2020-01-06")).get("id").asLong();
    }

    /** Schedules a session of the pairing for tomorrow; answers the session. */
    JsonNode scheduleTomorrow(long pairingId) throws IOException, InterruptedException {
        return ok("POST", "session", Map.of("pairingId", pairingId, "at", java.time.Instant.now()
                .plus(1, java.time.temporal.ChronoUnit.DAYS).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString()));
    }

    private HttpResponse<String> restCall(String method, String path, String json, boolean withToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("rest/throughline/1.0/" + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (withToken && token != null) {
            request.header("X-Atlassian-Token", token);
        }
        return send(request, false);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean readToken)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return response;
    }

    List<String> setCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no XSRF token on the page");
        }
        return m.group(1);
    }
}
