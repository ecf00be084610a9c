package dev.throughline.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.throughline.web.rest.RestApi;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint of the REST API, read from its JAX-RS annotations (so a new endpoint is in every matrix test
 * without anyone listing it), with its path filled with the ids of one pairing's records and a well-formed body.
 */
record Endpoints(long pairingId, long sessionId, long sessionVersion, long commitmentId, long threadId,
                 long threadVersion) {

    /** One call: method, path under the API, JSON body or null, and whether it touches one pairing's records. */
    record Call(String method, String path, String body, boolean pairingScoped) {

        boolean mutating() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A pairing of the client's user with alex: a session with its first segment open, a commitment, a thread. */
    static Endpoints seed(SandboxClient manager) throws Exception {
        long pairingId = manager.pairWith("alex");
        JsonNode session = manager.scheduleTomorrow(pairingId);
        long sessionId = session.get("id").asLong();
        session = manager.ok("POST", "session/" + sessionId + "/segment/progress-check/open",
                Map.of("version", session.get("version").asLong()));
        session = manager.ok("POST", "session/" + sessionId + "/commitment", Map.of("owner", "REPORT", "text",
                "Private commitment"));
        JsonNode thread = manager.ok("POST", "thread", Map.of("pairingId", pairingId, "growthArea", "Private area"));
        return new Endpoints(pairingId, sessionId, session.get("version").asLong(),
                session.get("made").get(0).get("id").asLong(), thread.get("id").asLong(),
                thread.get("version").asLong());
    }

    List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (Class<?> type : RestApi.classes()) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                String template = join(base.value(), path == null ? "" : path.value());
                calls.add(call(verb, template, method));
            }
        }
        calls.sort(Comparator.comparing(Call::toString));
        return calls;
    }

    private Call call(String verb, String template, Method method) {
        String path = template
                .replace("session/{id}", "session/" + sessionId)
                .replace("pairing/{id}", "pairing/" + pairingId)
                .replace("thread/{id}", "thread/" + threadId)
                .replace("commitment/{id}", "commitment/" + commitmentId)
                .replace("{segment}", "progress-check");
        if (path.equals("cadence")) {
            path += "?teamStartDate=2020-01-06";
        }
        String body = null;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType().isRecord() && !parameter.isAnnotationPresent(PathParam.class)
                    && !parameter.isAnnotationPresent(QueryParam.class)) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    fields.put(component.getName(), value(component.getName(), component.getType(), path));
                }
                body = json(fields);
            }
        }
        boolean scoped = template.contains("{") || fields.containsKey("pairingId");
        return new Call(verb, path, body, scoped);
    }

    /** A plausible value for a request field, by its name: the record's own ids and versions, dates ahead. */
    private Object value(String name, Class<?> type, String path) {
        String soon = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (name) {
            case "version" -> path.startsWith("thread/") ? threadVersion : sessionVersion;
            case "pairingId" -> pairingId;
            case "sessionId" -> sessionId;
            case "owner" -> "REPORT";
            case "status" -> "PARKED";
            case "kind" -> "OTHER";
            case "cadence", "blockedItem", "roleStartDate", "reviewDate", "dueDate" -> null;
            case "report" -> "alex";
            case "teamStartDate" -> "2020-01-06";
            case "at", "to" -> soon;
            case "minutes" -> 10;
            case "managerSeconds", "reportSeconds" -> 1;
            case "lessConfident", "gapFlagged" -> false;
            default -> type == String.class ? "matrix " + name : null;
        };
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        joined = joined.startsWith("/") ? joined.substring(1) : joined;
        return joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String json(Map<String, Object> fields) {
        try {
            return new ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
