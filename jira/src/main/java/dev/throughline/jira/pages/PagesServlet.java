package dev.throughline.jira.pages;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.throughline.core.DomainException;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.provision.ThroughlineProject;
import dev.throughline.web.Throughline;
import dev.throughline.web.pages.PageViews;
import dev.throughline.web.pages.PageViews.Page;
import dev.throughline.web.rest.DomainExceptionMapper;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughline's pages in Jira, under {@code /plugins/servlet/throughline}: {@code /team} (a manager's team),
 * {@code /me} (a report's own page), {@code /session/{id}/prep}, {@code /session/{id}},
 * {@code /pairing/{id}/development}, {@code /pairing/new} (setting up a one-on-one with a report) and {@code /admin}
 * (administrators: the project, provisioning, privacy set-up). Each is built by the same {@link PageViews} as the
 * sandbox's, so someone else's pairing is "not found" here too, and rendered by Jira's Velocity inside Jira's own
 * chrome (the {@code atl.general} decorator, AUI). Anyone not signed in goes to Jira's login and comes back. Changes
 * are made by the page's script through the REST API.
 */
public class PagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the servlet module serves the pages, below Jira's context path. */
    public static final String PATH = "/plugins/servlet/throughline";
    public static final String LAYOUT = "dev/throughline/jira/templates/page.vm";
    public static final String ERROR = "dev/throughline/jira/templates/error.vm";
    public static final String ADMIN = "dev/throughline/jira/templates/admin.vm";
    /** The web resource (in atlassian-plugin.xml) with the pages' shell, behaviour and styles. */
    public static final String RESOURCES = "dev.throughline.jira:throughline-pages";

    private static final Pattern SESSION = Pattern.compile("/session/(\\d{1,18})");
    private static final Pattern PREP = Pattern.compile("/session/(\\d{1,18})/prep");
    private static final Pattern DEVELOPMENT = Pattern.compile("/pairing/(\\d{1,18})/development");

    private final transient Throughline api;
    private final transient PageViews pages;
    private final transient TemplateRenderer renderer;
    private final transient LoginUriProvider login;
    private final transient PageBuilderService resources;
    private final transient UserManager users;
    private final transient ThroughlineProject project;

    @Inject
    public PagesServlet(Throughline api, @ComponentImport TemplateRenderer renderer,
                        @ComponentImport LoginUriProvider login, @ComponentImport PageBuilderService resources,
                        @ComponentImport UserManager users, ThroughlineProject project) {
        this.api = api;
        this.pages = new PageViews(api);
        this.renderer = renderer;
        this.login = login;
        this.resources = resources;
        this.users = users;
        this.project = project;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> viewer = api.viewer().current();
        if (viewer.isEmpty()) {
            response.sendRedirect(login.getLoginUri(requested(request)).toASCIIString());
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/")) {
            response.sendRedirect(request.getContextPath() + PATH + (manages(viewer.get()) ? "/team" : "/me"));
            return;
        }
        ViewText text = api.texts().of(viewer.get());
        int status = HttpServletResponse.SC_OK;
        Page page;
        try {
            page = route(viewer.get(), path, request).orElse(null);
            if (page == null) {
                status = HttpServletResponse.SC_NOT_FOUND;
                page = error(text, text.text("jira.page.none"));
            }
        } catch (DomainException refused) { // not found (someone else's pairing too), forbidden, invalid
            status = DomainExceptionMapper.status(refused);
            page = error(text, refused.message(text.messages()));
        }
        render(request, response, status, page);
    }

    private Optional<Page> route(UserKey viewer, String path, HttpServletRequest request) {
        if (path.equals("/team")) {
            return Optional.of(pages.team(viewer));
        }
        if (path.equals("/me")) {
            return Optional.of(pages.me(viewer));
        }
        if (path.equals("/pairing/new")) {
            return Optional.of(pages.newPairing(viewer));
        }
        if (path.equals("/admin")) {
            return Optional.of(admin(viewer));
        }
        Matcher matcher = PREP.matcher(path);
        if (matcher.matches()) {
            return Optional.of(pages.prep(viewer, Long.parseLong(matcher.group(1))));
        }
        matcher = SESSION.matcher(path);
        if (matcher.matches()) {
            return Optional.of(pages.session(viewer, Long.parseLong(matcher.group(1)), request::getParameter));
        }
        matcher = DEVELOPMENT.matcher(path);
        if (matcher.matches()) {
            return Optional.of(pages.development(viewer, Long.parseLong(matcher.group(1))));
        }
        return Optional.empty();
    }

    private Page admin(UserKey viewer) {
        if (!users.isAdmin(new com.atlassian.sal.api.user.UserKey(viewer.value()))) {
            throw new ForbiddenException("throughline.admin.only");
        }
        Map<String, Object> values = new HashMap<>();
        project.key().ifPresent(key -> values.put("project", key));
        return new Page(api.texts().of(viewer).text("throughline.admin.title"), ADMIN, values);
    }

    private boolean manages(UserKey viewer) {
        return api.pairings().of(viewer).stream().anyMatch(pairing -> pairing.manager().equals(viewer));
    }

    private static Page error(ViewText text, String message) {
        return new Page(text.text("jira.page.error.title"), ERROR, Map.of("message", message));
    }

    /** The page's body by its core template, inside the layout Jira decorates; text is escaped by Jira's Velocity. */
    private void render(HttpServletRequest request, HttpServletResponse response, int status, Page page)
            throws IOException {
        resources.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> context = new HashMap<>(page.values());
        context.put("baseUrl", request.getContextPath() + PATH);
        StringWriter body = new StringWriter();
        renderer.render(page.template(), context, body);
        Map<String, Object> layout = new HashMap<>();
        layout.put("title", page.title());
        layout.put("contextPath", request.getContextPath());
        layout.put("pagesUrl", request.getContextPath() + PATH);
        layout.put("bodyHtml", body.toString());
        layout.put("decorator", page.template().equals(ADMIN) ? "atl.admin" : "atl.general");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(LAYOUT, layout, response.getWriter());
    }

    /**
     * The page asked for, to come back to after signing in: always one of these pages on this site (a path, never a
     * host), and its query only when it is well formed.
     */
    static URI requested(HttpServletRequest request) {
        String path = request.getContextPath() + PATH + Optional.ofNullable(request.getPathInfo()).orElse("");
        try {
            return new URI(null, null, path, request.getQueryString(), null);
        } catch (URISyntaxException malformed) {
            return URI.create(request.getContextPath() + PATH);
        }
    }
}
