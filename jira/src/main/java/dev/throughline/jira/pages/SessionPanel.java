package dev.throughline.jira.pages;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.throughline.core.DomainException;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.SessionView;
import dev.throughline.jira.work.SessionIssues;
import dev.throughline.web.Throughline;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The One-on-One issue's panel: the session at a glance (state, time, focus, the habit warnings, the commitments made
 * in it) with the way into its prep and its live page. Nothing at all on any other issue, and nothing for anyone who
 * is not the pairing's manager or report, even if Jira lets them see the issue.
 */
public class SessionPanel implements WebPanel {

    public static final String TEMPLATE = "dev/throughline/jira/templates/session-panel.vm";

    private final Throughline api;
    private final SessionIssues sessions;
    private final TemplateRenderer renderer;
    private final PageBuilderService resources;
    private final ApplicationProperties application;

    @Inject
    public SessionPanel(Throughline api, SessionIssues sessions, @ComponentImport TemplateRenderer renderer,
                        @ComponentImport PageBuilderService resources,
                        @ComponentImport ApplicationProperties application) {
        this.api = api;
        this.sessions = sessions;
        this.renderer = renderer;
        this.resources = resources;
        this.application = application;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        StringWriter html = new StringWriter();
        try {
            writeHtml(html, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        Optional<SessionView> view = view(context.get("issue"));
        if (view.isEmpty()) {
            return;
        }
        resources.assembler().resources().requireWebResource(PagesServlet.RESOURCES);
        Map<String, Object> values = new HashMap<>();
        values.put("view", view.get());
        values.put("baseUrl", application.getBaseUrl(UrlMode.RELATIVE) + PagesServlet.PATH);
        renderer.render(TEMPLATE, values, writer);
    }

    private Optional<SessionView> view(Object issue) {
        Optional<UserKey> viewer = api.viewer().current();
        if (!(issue instanceof Issue held) || held.getId() == null || viewer.isEmpty()) {
            return Optional.empty();
        }
        return sessions.sessionOf(held.getId()).flatMap(sessionId -> {
            try {
                return Optional.of(api.sessionViews().session(viewer.get(), sessionId, Map.of(), null,
                        api.texts().of(viewer.get())));
            } catch (DomainException notShown) { // not the viewer's pairing (not found), or not readable now
                return Optional.empty();
            }
        });
    }
}
