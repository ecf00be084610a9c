package dev.throughline.standalone.auth;

import dev.throughline.web.rest.RestApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/** Refuses every POST, PUT, PATCH and DELETE that does not carry the session's XSRF token (see {@link SignIn}). */
public final class XsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String MESSAGE = "This request has no valid XSRF token. Reload the page and try again.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || SignIn.hasValidToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + RestApi.BASE_PATH + "/")) {
            Responses.json(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
        } else {
            Responses.text(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
        }
    }
}
