package dev.throughline.jira.pages;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamViews;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.work.SessionIssues;
import dev.throughline.web.Throughline;
import dev.throughline.web.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The issue view's panel shows a session to its manager and report, and nothing to anyone else or on other issues. */
class SessionPanelTest {

    private static final UserKey MORGAN = UserKey.of("morgan");

    private final Viewer viewer = mock(Viewer.class);
    private final SessionViews sessionViews = mock(SessionViews.class);
    private final SessionIssues sessions = mock(SessionIssues.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final RequiredResources required = mock(RequiredResources.class);
    private final Issue issue = mock(Issue.class);
    private final Map<String, Object> rendered = new HashMap<>();
    private final Map<String, Object> panelValues = new HashMap<>();
    private final List<String> templates = new ArrayList<>();
    private SessionPanel panel;

    @BeforeEach
    void setUp() throws Exception {
        Throughline api = new Throughline(viewer, user -> new ViewText(BundleMessages.english(), Locale.ENGLISH,
                Clock.systemUTC(), key -> Optional.empty()), mock(PairingService.class), mock(SessionService.class),
                mock(CommitmentService.class), mock(ThreadService.class), mock(TeamViews.class), sessionViews,
                mock(DevelopmentViews.class), mock(OperatingTemplates.class), mock(UserData.class));
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        doAnswer(call -> {
            templates.add(call.getArgument(0));
            Map<String, Object> values = call.getArgument(1);
            if (call.getArgument(0).equals(SessionPanel.PANEL)) {
                panelValues.putAll(values);
                ((Writer) call.getArgument(2)).write("[" + values.get("bodyHtml") + "]");
            } else {
                rendered.putAll(values);
                ((Writer) call.getArgument(2)).write("<" + templates.size() + ">");
            }
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        panel = new SessionPanel(api, sessions, renderer, pageBuilder, application);
        when(issue.getId()).thenReturn(10_200L);
    }

    @Test
    void theSessionsIssueShowsTheSessionToItsPairing() {
        SessionView view = mock(SessionView.class);
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(sessions.sessionOf(10_200L)).thenReturn(Optional.of(12L));
        when(sessionViews.session(eq(MORGAN), eq(12L), eq(Map.of()), any(), any())).thenReturn(view);

        assertEquals("[<1>]", panel.getHtml(Map.of("issue", issue)), "a held session: the session alone");
        assertEquals(List.of(SessionPanel.SESSION, SessionPanel.PANEL), templates);
        assertEquals(view, rendered.get("view"));
        assertEquals("/jira/plugins/servlet/throughline", rendered.get("baseUrl"));
        // the issue view has no meta tags of the pages' shell: the panel tells the script where REST and pages are
        assertEquals("/jira", panelValues.get("contextPath"));
        assertEquals("/jira/plugins/servlet/throughline", panelValues.get("pagesUrl"));
        verify(required).requireWebResource(PagesServlet.RESOURCES);
    }

    @Test
    void aSessionStillToBeHeldComesWithItsPrep() {
        SessionView view = mock(SessionView.class);
        when(view.live()).thenReturn(true);
        PrepView prep = mock(PrepView.class);
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(sessions.sessionOf(10_200L)).thenReturn(Optional.of(12L));
        when(sessionViews.session(eq(MORGAN), eq(12L), eq(Map.of()), any(), any())).thenReturn(view);
        when(sessionViews.prep(eq(MORGAN), eq(12L), any())).thenReturn(prep);

        assertEquals("[<1><2>]", panel.getHtml(Map.of("issue", issue)));
        assertEquals(List.of(SessionPanel.PREP, SessionPanel.SESSION, SessionPanel.PANEL), templates);
    }

    @Test
    void nothingOnAnotherIssueForAnOutsiderOrWithoutAnIssue() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(UserKey.of("casey")));
        when(sessions.sessionOf(10_200L)).thenReturn(Optional.empty());
        assertEquals("", panel.getHtml(Map.of("issue", issue)), "not a session's issue");

        when(sessions.sessionOf(10_200L)).thenReturn(Optional.of(12L));
        when(sessionViews.session(any(), eq(12L), any(), any(), any())).thenThrow(new NotFoundException("session", 12));
        assertEquals("", panel.getHtml(Map.of("issue", issue)), "someone outside the pairing");

        assertEquals("", panel.getHtml(Map.of()), "no issue in the context");
        when(viewer.current()).thenReturn(Optional.empty());
        assertEquals("", panel.getHtml(Map.of("issue", issue)), "anonymous");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
        verify(required, never()).requireWebResource(anyString());
    }
}
