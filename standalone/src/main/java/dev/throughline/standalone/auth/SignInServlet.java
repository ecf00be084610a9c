package dev.throughline.standalone.auth;

import dev.throughline.core.people.UserKey;
import dev.throughline.standalone.web.PageRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /login} shows the sign-in form, {@code POST /login} checks it (the form carries the XSRF token of the
 * pre-sign-in session, checked by {@link XsrfFilter}), {@code POST /logout} signs out. After signing in the user
 * goes back to the page they asked for, when that is a page of this site.
 */
public final class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "dev/throughline/standalone/templates/login.vm";

    private final transient PageRenderer renderer;
    private final transient SandboxUsers users;

    public SignInServlet(PageRenderer renderer, SandboxUsers users) {
        this.renderer = renderer;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, HttpServletResponse.SC_OK, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/logout")) {
            SignIn.signOut(request);
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        Optional<UserKey> user = users.verify(request.getParameter("username"), request.getParameter("password"));
        if (user.isEmpty()) {
            show(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                    renderer.messages().get("sandbox.login.failed"));
            return;
        }
        SignIn.signIn(request, user.get());
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("next")));
    }

    /**
     * Only a path of this site: "/team" yes; "//evil.example", "https://..." or "/\\evil" no. Browsers drop tabs and
     * line breaks from a URL, so "/\t/evil.example" would be "//evil.example": no control character passes. The
     * server tidies a path before it writes the redirect ("/.//evil.example" becomes "//evil.example"), so no
     * segment may be empty, "." or ".." (also when percent-encoded) and none may hold a backslash.
     */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        String path;
        try {
            path = new URI(next).getPath(); // decoded: "%2e" is "."
        } catch (URISyntaxException malformed) {
            return "/";
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean trailingSlash = segment.isEmpty() && i == segments.length - 1;
            if (!trailingSlash && (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || segment.contains("\\"))) {
                return "/";
            }
        }
        return next;
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String error)
            throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("xsrfToken", SignIn.token(request));
        values.put("baseUrl", request.getContextPath());
        values.put("next", localPath(request.getParameter("next")));
        values.put("username", request.getParameter("username"));
        values.put("error", error);
        values.put("title", renderer.messages().get("sandbox.login.title"));
        values.put("bodyHtml", renderer.render(TEMPLATE, values));
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(renderer.render("dev/throughline/standalone/templates/layout.vm", values));
    }
}
