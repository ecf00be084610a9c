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
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.work.SessionIssues;
import dev.throughline.web.Throughline;
import dev.throughline.web.pages.PageViews;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The One-on-One issue's panel: the session itself, as on its own page (the 2-minute prep while it is still to be held,
 * then the three segments with their scripts and tone selectors, the talk-time meter, the commitments and the habit
 * warnings), from the same templates. Nothing at all on any other issue, and nothing for anyone who is not the
 * pairing's manager or report, even if Jira lets them see the issue.
 */
public class SessionPanel implements WebPanel {

    public static final String PREP = PageViews.TEMPLATES + "prep.vm";
    public static final String SESSION = PageViews.TEMPLATES + "session.vm";
    public static final String PANEL = "dev/throughline/jira/templates/panel.vm";

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
        Optional<UserKey> viewer = api.viewer().current();
        Optional<Long> sessionId = viewer.flatMap(key -> sessionOf(context.get("issue")));
        if (sessionId.isEmpty()) {
            return;
        }
        String contextPath = application.getBaseUrl(UrlMode.RELATIVE);
        String baseUrl = contextPath + PagesServlet.PATH;
        try {
            ViewText text = api.texts().of(viewer.get());
            SessionView session = api.sessionViews().session(viewer.get(), sessionId.get(), Map.of(), null, text);
            Optional<PrepView> prep = session.live()
                    ? Optional.of(api.sessionViews().prep(viewer.get(), sessionId.get(), text)) : Optional.empty();
            resources.assembler().resources().requireWebResource(PagesServlet.RESOURCES);
            StringWriter body = new StringWriter();
            if (prep.isPresent()) {
                renderer.render(PREP, values(prep.get(), baseUrl), body);
            }
            renderer.render(SESSION, values(session, baseUrl), body);
            Map<String, Object> panel = new HashMap<>();
            panel.put("contextPath", contextPath);
            panel.put("pagesUrl", baseUrl);
            panel.put("bodyHtml", body.toString());
            renderer.render(PANEL, panel, writer);
        } catch (DomainException notShown) { // not the viewer's pairing (not found), or not readable now
            // nothing: the panel stays empty
        }
    }

    private Optional<Long> sessionOf(Object issue) {
        return issue instanceof Issue held && held.getId() != null ? sessions.sessionOf(held.getId()) : Optional.empty();
    }

    private static Map<String, Object> values(Object view, String baseUrl) {
        Map<String, Object> values = new HashMap<>();
        values.put("view", view);
        values.put("baseUrl", baseUrl);
        return values;
    }
}
