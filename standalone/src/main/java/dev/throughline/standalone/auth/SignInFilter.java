package dev.throughline.standalone.auth;

import dev.throughline.core.people.UserKey;
import dev.throughline.web.rest.RestApi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Lets signed-in users through (and tells {@link SignedInViewer} who they are), and everyone to the sign-in page,
 * the static files and the health check. Others get a redirect to sign in (pages) or a 401 (REST).
 */
public final class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> OPEN = Set.of("/login", RestApi.BASE_PATH + "/health");

    private final transient SignedInViewer viewer;

    public SignInFilter(SignedInViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The decoded, normalised path the container routes by: "/static/../team" is "/team" here.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (OPEN.contains(path) || path.startsWith("/static/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserKey> user = SignIn.user(request);
        if (user.isEmpty()) {
            refuse(request, response, path);
            return;
        }
        viewer.set(user.get());
        try {
            chain.doFilter(request, response);
        } finally {
            viewer.clear();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if (path.startsWith(RestApi.BASE_PATH + "/")) {
            Responses.json(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first.");
            return;
        }
        String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/login?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
}
