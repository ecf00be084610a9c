package dev.throughline.standalone.pages;

import dev.throughline.core.people.UserKey;
import dev.throughline.core.service.People;
import dev.throughline.standalone.auth.SignIn;
import dev.throughline.standalone.web.PageRenderer;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Puts a page's body into the sandbox's page chrome: header, navigation, sign-out, XSRF token, scripts. */
public final class Shell {

    static final String LAYOUT = "dev/throughline/standalone/templates/layout.vm";

    private final PageRenderer renderer;
    private final People people;

    public Shell(PageRenderer renderer, People people) {
        this.renderer = renderer;
        this.people = people;
    }

    /** The whole page: {@code body} rendered with {@code values}, inside the layout titled {@code title}. */
    public String page(HttpServletRequest request, String title, String body, Map<String, Object> values) {
        Map<String, Object> context = new HashMap<>(values);
        String baseUrl = request.getContextPath();
        context.put("baseUrl", baseUrl);
        context.put("xsrfToken", SignIn.token(request));
        String bodyHtml = renderer.render(body, context);
        Map<String, Object> layout = new HashMap<>();
        layout.put("title", title);
        layout.put("bodyHtml", bodyHtml);
        layout.put("baseUrl", baseUrl);
        layout.put("xsrfToken", SignIn.token(request));
        Optional<UserKey> user = SignIn.user(request);
        user.ifPresent(key -> layout.put("viewerName", people.nameOf(key)));
        return renderer.render(LAYOUT, layout);
    }

    /** A part of a page: {@code template} rendered with {@code values}, without the chrome. */
    public String part(String template, Map<String, Object> values) {
        return renderer.render(template, values);
    }

    public String text(String key, Object... args) {
        return renderer.messages().get(key, args);
    }
}
