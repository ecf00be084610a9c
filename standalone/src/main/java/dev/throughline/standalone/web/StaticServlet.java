package dev.throughline.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the pages' CSS, scripts and fonts from the classpath: {@code /static/core/...} from core's shared
 * folder, everything else under {@code /static/} from the sandbox's. Nothing outside those folders is reachable.
 */
public final class StaticServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CORE = "dev/throughline/core/static/";
    private static final String SANDBOX = "dev/throughline/standalone/static/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript",
            "woff", "font/woff", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject", "svg", "image/svg+xml",
            "png", "image/png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String type = path == null ? null : TYPES.get(extension(path));
        if (type == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            notFound(response);
            return;
        }
        String resource = path.startsWith("/core/") ? CORE + path.substring("/core/".length())
                : SANDBOX + path.substring(1);
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                notFound(response);
                return;
            }
            response.setContentType(type);
            if (type.startsWith("text/")) {
                response.setCharacterEncoding("UTF-8");
            }
            response.setHeader("Cache-Control", "max-age=300");
            in.transferTo(response.getOutputStream());
        }
    }

    /** A plain 404, not the container's HTML error page. */
    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("Not Found.");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
