package dev.throughline.jira.admin;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import dev.throughline.core.DomainException;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.privacy.UserData;
import dev.throughline.core.service.CommitmentService;
import dev.throughline.core.service.PairingService;
import dev.throughline.core.service.SessionService;
import dev.throughline.core.service.ThreadService;
import dev.throughline.core.view.DevelopmentViews;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamViews;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraTexts;
import dev.throughline.jira.provision.ProvisionMessage;
import dev.throughline.jira.provision.ProvisionReport;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import dev.throughline.jira.provision.Provisioner;
import dev.throughline.jira.provision.ThroughlineProject;
import dev.throughline.web.Throughline;
import dev.throughline.web.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Only an administrator chooses the project and provisions; a project that does not exist is refused, not saved. */
class AdminResourceTest {

    private final Viewer viewer = mock(Viewer.class);
    private final UserManager users = mock(UserManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ThroughlineProject project = mock(ThroughlineProject.class);
    private final Provisioner provisioner = mock(Provisioner.class);
    private final CommitmentsFilter filter = mock(CommitmentsFilter.class);
    private AdminResource admin;
    private MockedConstruction<com.atlassian.sal.api.user.UserKey> keys;

    @BeforeEach
    void setUp() {
        JiraTexts texts = new JiraTexts(mock(LocaleResolver.class), mock(TimeZoneManager.class), new JiraPeople(users));
        Throughline api = new Throughline(viewer, texts, mock(PairingService.class), mock(SessionService.class),
                mock(CommitmentService.class), mock(ThreadService.class), mock(TeamViews.class),
                mock(SessionViews.class), mock(DevelopmentViews.class), mock(OperatingTemplates.class),
                mock(UserData.class));
        admin = new AdminResource(api, users, projects, project, provisioner, texts, filter);
        when(viewer.current()).thenReturn(Optional.of(UserKey.of("admin")));
        // SAL's UserKey is the host's class: here only its declaration, so its construction is stood in for.
        keys = mockConstruction(com.atlassian.sal.api.user.UserKey.class);
    }

    @AfterEach
    void tearDown() {
        keys.close();
    }

    @Test
    void someoneWhoIsNotAnAdministratorChangesNothing() {
        when(users.isAdmin(any())).thenReturn(false);
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> admin.choose(new AdminResource.Settings("ONE")));
        assertEquals("throughline.admin.only", e.key());
        assertThrows(ForbiddenException.class, admin::provision);
        assertThrows(ForbiddenException.class, admin::settings);
        assertThrows(ForbiddenException.class, admin::createFilter);
        verify(filter, never()).create(any());
        verify(project, never()).choose(any());
        verify(provisioner, never()).provision();
    }

    @Test
    void aProjectThatDoesNotExistIsRefusedAndNotSaved() {
        when(users.isAdmin(any())).thenReturn(true);
        for (String key : new String[] {"NOPE", "", "one two", "<script>"}) {
            DomainException e = assertThrows(DomainException.class,
                    () -> admin.choose(new AdminResource.Settings(key)), key);
            assertEquals("project", e.field().orElseThrow());
        }
        assertThrows(DomainException.class, () -> admin.choose(null));
        verify(project, never()).choose(any());
        verify(provisioner, never()).provision();
    }

    @Test
    void choosingAProjectSavesItAndProvisionsWithAReportInTheAdministratorsLanguage() {
        when(users.isAdmin(any())).thenReturn(true);
        when(projects.getProjectObjByKey("ONE")).thenReturn(mock(Project.class));
        when(project.key()).thenReturn(Optional.of("ONE"));
        when(provisioner.provision()).thenReturn(new ProvisionReport(List.of(
                new Item(Subject.ISSUE_TYPE, "One-on-One", State.CREATED, ProvisionMessage.ISSUE_TYPE_CREATED,
                        List.of("One-on-One")),
                new Item(Subject.FIELD, "Recap", State.FAILED, ProvisionMessage.FIELD_FAILED,
                        List.of("database down")))));

        AdminResource.ReportJson report = admin.choose(new AdminResource.Settings(" one "));

        verify(project).choose("ONE");
        assertEquals("ONE", report.project());
        assertEquals(false, report.succeeded());
        assertEquals(List.of("CREATED", "FAILED"), report.items().stream().map(AdminResource.ItemJson::state).toList());
        assertEquals("Issue type", report.items().get(0).subject());
        assertTrue(report.items().get(1).message().contains("database down"), report.items().get(1).message());
        report.items().forEach(item -> assertTrue(!item.message().startsWith("throughline."), item.message()));
    }

    @Test
    void theSettingsShowTheChosenProjectOrNone() {
        when(users.isAdmin(any())).thenReturn(true);
        when(project.key()).thenReturn(Optional.empty(), Optional.of("ONE"));
        assertNull(admin.settings().project());
        assertEquals("ONE", admin.settings().project());
    }
}
