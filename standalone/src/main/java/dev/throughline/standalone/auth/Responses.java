package dev.throughline.standalone.auth;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Error answers written by the servlet filters, in the REST API's shape {@code {"error": ..., "field": null}}. */
final class Responses {

    private Responses() {
    }

    static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"field\":null}");
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(message);
    }
}
