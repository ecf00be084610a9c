package dev.throughline.jira.pages;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamView;
import dev.throughline.core.view.TeamViews;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.provision.ThroughlineProject;
import dev.throughline.web.Throughline;
import dev.throughline.web.ViewTexts;
import dev.throughline.web.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Jira's pages: who is sent where, which core template each route renders inside the layout Jira decorates, and
 * that a pairing the viewer is not part of is a "not found" page, never a stack trace.
 */
class PagesServletTest {

    private static final UserKey MORGAN = UserKey.of("morgan");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private final Viewer viewer = mock(Viewer.class);
    private final PairingService pairings = mock(PairingService.class);
    private final TeamViews team = mock(TeamViews.class);
    private final SessionViews sessionViews = mock(SessionViews.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final UserManager users = mock(UserManager.class);
    private final ThroughlineProject project = mock(ThroughlineProject.class);
    private final RequiredResources required = mock(RequiredResources.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();
    private final List<String> rendered = new ArrayList<>();
    private final Map<String, Map<String, Object>> contexts = new HashMap<>();
    private PagesServlet servlet;

    @BeforeEach
    void setUp() throws Exception {
        ViewTexts texts = user -> new ViewText(new BundleMessages(Locale.ENGLISH, List.of(
                "dev.throughline.jira.i18n.jira")), Locale.ENGLISH, CLOCK, user2 -> Optional.empty());
        Throughline api = new Throughline(viewer, texts, pairings, mock(SessionService.class),
                mock(CommitmentService.class), mock(ThreadService.class), team, sessionViews,
                mock(DevelopmentViews.class), mock(OperatingTemplates.class), mock(UserData.class));
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(required);
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        doAnswer(call -> {
            String template = call.getArgument(0);
            rendered.add(template);
            contexts.put(template, call.getArgument(1));
            ((Writer) call.getArgument(2)).write("<" + template + ">");
            return null;
        }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        servlet = new PagesServlet(api, renderer, login, pageBuilder, users, project);
    }

    @Test
    void anyoneNotSignedInGoesToJirasLoginAndComesBack() throws Exception {
        when(viewer.current()).thenReturn(Optional.empty());
        when(request.getPathInfo()).thenReturn("/session/12");
        when(request.getQueryString()).thenReturn("progress-check=firm");
        when(login.getLoginUri(URI.create("/jira/plugins/servlet/throughline/session/12?progress-check=firm")))
                .thenReturn(URI.create("/jira/login.jsp?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=x");
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
    }

    @Test
    void theWayBackFromLoginIsAlwaysOneOfThesePages() {
        when(request.getPathInfo()).thenReturn("//evil.example/x");
        when(request.getQueryString()).thenReturn("a=|{^}");
        URI back = PagesServlet.requested(request);
        assertEquals(null, back.getHost(), back.toString());
        assertTrue(back.toString().startsWith("/jira/plugins/servlet/throughline/"), back.toString());
        when(request.getPathInfo()).thenReturn("/team");
        when(request.getQueryString()).thenReturn(null);
        assertEquals(URI.create("/jira/plugins/servlet/throughline/team"), PagesServlet.requested(request));
    }

    @Test
    void theStartIsTheTeamForAManagerAndTheirOwnPageForAReport() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(request.getPathInfo()).thenReturn(null);
        Pairing managed = new Pairing(1, MORGAN, UserKey.of("alex"), LocalDate.of(2025, 1, 6), null, false, null);
        when(pairings.of(MORGAN)).thenReturn(List.of(managed), List.of());
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/plugins/servlet/throughline/team");
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/plugins/servlet/throughline/me");
    }

    @Test
    void theTeamRendersTheCoreTemplateInsideTheDecoratedLayout() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(request.getPathInfo()).thenReturn("/team");
        TeamView view = new TeamView("Morgan", List.of(), List.of(), "Could each of them say it?", 0);
        when(team.team(eq(MORGAN), any())).thenReturn(view);
        servlet.doGet(request, response);

        assertEquals(List.of("dev/throughline/core/templates/team.vm", PagesServlet.LAYOUT), rendered);
        assertEquals(view, contexts.get("dev/throughline/core/templates/team.vm").get("view"));
        assertEquals("/jira/plugins/servlet/throughline",
                contexts.get("dev/throughline/core/templates/team.vm").get("baseUrl"), "links stay on these pages");
        Map<String, Object> layout = contexts.get(PagesServlet.LAYOUT);
        assertEquals("<dev/throughline/core/templates/team.vm>", layout.get("bodyHtml"));
        assertEquals("/jira", layout.get("contextPath"), "the script finds the REST API below it");
        assertEquals("/jira/plugins/servlet/throughline", layout.get("pagesUrl"), "and goes from page to page here");
        verify(required).requireWebResource(PagesServlet.RESOURCES);
        verify(response).setStatus(200);
        assertEquals("<" + PagesServlet.LAYOUT + ">", written.toString());
    }

    @Test
    void aManagerSetsUpAOneOnOneOnTheSharedForm() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(request.getPathInfo()).thenReturn("/pairing/new");
        servlet.doGet(request, response);
        assertEquals(List.of("dev/throughline/core/templates/pairing-setup.vm", PagesServlet.LAYOUT), rendered);
        assertEquals("Set up a one-on-one", contexts.get(PagesServlet.LAYOUT).get("title"));
    }

    @Test
    void someoneElsesSessionIsNotFoundAndSaysSoInThePage() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(UserKey.of("casey")));
        when(request.getPathInfo()).thenReturn("/session/12");
        when(sessionViews.session(eq(UserKey.of("casey")), eq(12L), any(), any(), any()))
                .thenThrow(new NotFoundException("session", 12));
        servlet.doGet(request, response);

        verify(response).setStatus(404);
        assertEquals(List.of(PagesServlet.ERROR, PagesServlet.LAYOUT), rendered);
        assertEquals("There is no session #12.", contexts.get(PagesServlet.ERROR).get("message"));
        assertEquals("Not available", contexts.get(PagesServlet.LAYOUT).get("title"));
    }

    @Test
    void theAdminPageIsForAdministratorsOnly() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        when(request.getPathInfo()).thenReturn("/admin");
        when(project.key()).thenReturn(Optional.of("ONE"));
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class)) {
            when(users.isAdmin(any())).thenReturn(false);
            servlet.doGet(request, response);
            verify(response).setStatus(403);
            assertEquals(List.of(PagesServlet.ERROR, PagesServlet.LAYOUT), rendered);
            assertEquals("Only a Jira administrator can change Throughline's settings.",
                    contexts.get(PagesServlet.ERROR).get("message"));

            rendered.clear();
            when(users.isAdmin(any())).thenReturn(true);
            servlet.doGet(request, response);
            assertEquals(List.of(PagesServlet.ADMIN, PagesServlet.LAYOUT), rendered);
            assertEquals("ONE", contexts.get(PagesServlet.ADMIN).get("project"));
        }
    }

    @Test
    void aPathThatIsNoPageIsNotFound() throws Exception {
        when(viewer.current()).thenReturn(Optional.of(MORGAN));
        for (String path : List.of("/session/twelve", "/session/12/recap", "/settings", "/pairing/1/development/x")) {
            rendered.clear();
            when(request.getPathInfo()).thenReturn(path);
            servlet.doGet(request, response);
            assertEquals(List.of(PagesServlet.ERROR, PagesServlet.LAYOUT), rendered, path);
            assertEquals("There is no such page.", contexts.get(PagesServlet.ERROR).get("message"), path);
        }
        verify(sessionViews, never()).session(any(), anyLong(), any(), any(), any());
    }
}
