package dev.throughline.jira.provision;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.mockito.MockedStatic;
import org.ofbiz.core.entity.GenericEntityException;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Provisioning against Jira's managers: found before created, never twice, every failure a clear report item. */
@SuppressWarnings({"rawtypes", "unchecked"})
class ProvisionerTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("dev.throughline.jira.i18n.jira", Locale.ENGLISH);

    private Site site;
    private MockedStatic<GlobalIssueContext> globalContext;

    @BeforeEach
    void aSite() throws Exception {
        site = new Site();
        globalContext = mockStatic(GlobalIssueContext.class);
        globalContext.when(GlobalIssueContext::getInstance).thenReturn(site.global);
    }

    @AfterEach
    void closeTheContext() {
        globalContext.close();
    }

    @Test
    void aFirstRunCreatesTheIssueTypesAndFieldsAndOffersTheTypesInTheProject() throws Exception {
        ProvisionReport report = site.provisioner().provision();

        assertEquals(List.of(State.FOUND, State.CREATED, State.CREATED, State.CREATED, State.CREATED, State.CREATED,
                State.CREATED, State.CREATED, State.CREATED, State.ASSOCIATED, State.FOUND), states(report));
        assertTrue(report.succeeded());
        verify(site.issueTypes).createIssueType("One-on-One", IssueTypeSpec.ONE_ON_ONE.description(), Site.ICON);
        verify(site.issueTypes).createSubTaskIssueType("Commitment", IssueTypeSpec.COMMITMENT.description(),
                Site.SUB_TASK_ICON);
        IssueType oneOnOne = site.type("One-on-One");
        for (FieldSpec spec : FieldSpec.ALL) {
            verify(site.fields).createCustomField(spec.name(), spec.description(), site.fieldType(spec.typeKey()),
                    site.searchers.get(spec.searcherKey()), List.of(site.global), List.of(oneOnOne));
        }
        assertEquals(Set.of("Task", "Sub-task", "One-on-One", "Commitment"), projectTypeNames());
        assertReadable(report);
    }

    @Test
    void eachFieldHasTheSearcherThatMakesItUsableInJql() {
        assertEquals(List.of("textarea/textsearcher", "textarea/textsearcher", "textarea/textsearcher",
                "datetime/datetimerange", "float/exactnumber", "textarea/textsearcher"),
                FieldSpec.ALL.stream().map(spec -> spec.typeKey().substring(FieldSpec.SYSTEM.length()) + "/"
                        + spec.searcherKey().substring(FieldSpec.SYSTEM.length())).toList());
        assertEquals(List.of("Progress Check", "Blocker Clearing", "Development Thread", "Session date",
                "Talk share %", "Recap"), FieldSpec.ALL.stream().map(FieldSpec::name).toList());
    }

    @Test
    void aSecondRunFindsEverythingAndCreatesNothing() throws Exception {
        site.provisioner().provision();
        clearInvocations(site.issueTypes, site.fields, site.schemes, site.subTasks);

        ProvisionReport again = site.provisioner().provision();

        assertTrue(again.items().stream().allMatch(item -> item.state() == State.FOUND), again.toString());
        assertEquals(11, again.items().size());
        verify(site.issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
        verify(site.issueTypes, never()).createSubTaskIssueType(anyString(), anyString(), anyLong());
        verify(site.fields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(site.schemes, never()).update(any(), any());
        verify(site.schemes, never()).addOptionToDefault(anyString());
        verify(site.subTasks, never()).enableSubTasks();
        assertReadable(again);
    }

    @Test
    void aPartlyProvisionedSiteGetsOnlyWhatIsMissing() throws Exception {
        site.issueType("one-on-one ", false);
        site.field("Progress Check", FieldSpec.TEXT_AREA);
        site.field("Session date", FieldSpec.DATE_TIME);
        site.field("Recap", FieldSpec.TEXT_AREA);

        ProvisionReport report = site.provisioner().provision();

        assertEquals(State.FOUND, report.about(Subject.ISSUE_TYPE).get(0).state(), "matched whatever the case");
        verify(site.issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
        verify(site.issueTypes).createSubTaskIssueType(eq("Commitment"), anyString(), anyLong());
        verify(site.fields, times(3)).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        for (String created : List.of("Blocker Clearing", "Development Thread", "Talk share %")) {
            verify(site.fields).createCustomField(eq(created), anyString(), any(), any(), anyList(), anyList());
        }
        assertEquals(List.of(State.FOUND, State.CREATED, State.CREATED, State.FOUND, State.CREATED, State.FOUND),
                states(new ProvisionReport(report.about(Subject.FIELD))));
    }

    @Test
    void aFieldOfTheSameNameButAnotherTypeIsNotReused() throws Exception {
        site.field("Recap", FieldSpec.SYSTEM + "textfield");

        ProvisionReport report = site.provisioner().provision();

        verify(site.fields).createCustomField(eq("Recap"), anyString(), eq(site.fieldType(FieldSpec.TEXT_AREA)), any(),
                anyList(), anyList());
        Item recap = field(report, "Recap");
        assertEquals(State.CREATED, recap.state());
        assertEquals(ProvisionMessage.FIELD_CREATED_BESIDE_OTHER, recap.message());
        assertEquals(FieldSpec.SYSTEM + "textfield", recap.arguments().get(1));
        assertEquals(2, site.fieldsByName.get("Recap").size());
        assertReadable(report);
    }

    @Test
    void aFailedCreationIsReportedOnceAndTheRestStillRuns() throws Exception {
        GenericEntityException failure = mock(GenericEntityException.class);
        when(failure.getMessage()).thenReturn("the database went away");
        doThrow(failure).when(site.fields).createCustomField(eq("Session date"), anyString(), any(), any(), anyList(),
                anyList());

        ProvisionReport report = site.provisioner().provision();

        Item sessionDate = field(report, "Session date");
        assertEquals(State.FAILED, sessionDate.state());
        assertEquals(ProvisionMessage.FIELD_FAILED, sessionDate.message());
        assertEquals(List.of("the database went away"), sessionDate.arguments());
        assertFalse(report.succeeded());
        verify(site.fields, times(1)).createCustomField(eq("Session date"), anyString(), any(), any(), anyList(),
                anyList());
        assertEquals(5, report.about(Subject.FIELD).stream().filter(item -> item.state() == State.CREATED).count());
        assertEquals(State.ASSOCIATED, report.about(Subject.PROJECT).get(0).state());
        assertReadable(report);
    }

    @Test
    void aCreationThatFailedPartWayIsReportedAndItsFieldReusedNextTime() throws Exception {
        when(site.fields.createCustomField(eq("Talk share %"), anyString(), any(), any(), anyList(), anyList()))
                .thenAnswer(call -> {
                    site.field("Talk share %", FieldSpec.NUMBER);
                    throw new IllegalStateException("no field configuration");
                });

        ProvisionReport first = site.provisioner().provision();
        clearInvocations(site.fields);
        ProvisionReport second = site.provisioner().provision();

        Item failed = field(first, "Talk share %");
        assertEquals(ProvisionMessage.FIELD_FAILED_PART_WAY, failed.message());
        assertEquals(List.of("no field configuration", site.fieldsByName.get("Talk share %").get(0).getId()),
                failed.arguments());
        assertEquals(State.FOUND, field(second, "Talk share %").state());
        verify(site.fields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        assertEquals(1, site.fieldsByName.get("Talk share %").size(), "no duplicate");
    }

    @Test
    void aMissingFieldTypeOrSearcherIsReportedWithoutCreating() throws Exception {
        when(site.fields.getCustomFieldType(FieldSpec.NUMBER)).thenReturn(null);
        when(site.fields.getCustomFieldSearcher(FieldSpec.DATE_TIME_SEARCHER)).thenReturn(null);

        ProvisionReport report = site.provisioner().provision();

        assertEquals(ProvisionMessage.FIELD_TYPE_MISSING, field(report, "Talk share %").message());
        assertEquals(ProvisionMessage.FIELD_SEARCHER_MISSING, field(report, "Session date").message());
        verify(site.fields, times(4)).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
    }

    @Test
    void disabledSubTasksAreEnabled() throws Exception {
        when(site.subTasks.isSubTasksEnabled()).thenReturn(false);

        Item subTasks = site.provisioner().provision().about(Subject.SUB_TASKS).get(0);

        verify(site.subTasks).enableSubTasks();
        assertEquals(State.ENABLED, subTasks.state());
        assertEquals(ProvisionMessage.SUB_TASKS_ENABLED, subTasks.message());
    }

    @Test
    void subTasksThatCannotBeEnabledAreReportedAndTheRestStillRuns() throws Exception {
        when(site.subTasks.isSubTasksEnabled()).thenReturn(false);
        CreateException refused = mock(CreateException.class);
        when(refused.getMessage()).thenReturn("no sub-task link type");
        doThrow(refused).when(site.subTasks).enableSubTasks();

        ProvisionReport report = site.provisioner().provision();

        Item subTasks = report.about(Subject.SUB_TASKS).get(0);
        assertEquals(State.FAILED, subTasks.state());
        assertEquals(List.of("no sub-task link type"), subTasks.arguments());
        assertEquals(State.CREATED, report.about(Subject.ISSUE_TYPE).get(1).state());
        assertReadable(report);
    }

    @Test
    void withoutAProjectTheTypesAndFieldsAreProvisionedForEveryProjectAndTheReportSaysSo() throws Exception {
        when(site.settings.get(ThroughlineProject.SETTING)).thenReturn(null);

        ProvisionReport report = site.provisioner().provision();

        Item project = report.about(Subject.PROJECT).get(0);
        assertEquals(State.SKIPPED, project.state());
        assertEquals(ProvisionMessage.PROJECT_NOT_SET, project.message());
        assertTrue(report.succeeded(), "a project not chosen yet is no failure");
        verifyNoInteractions(site.projects, site.schemes);
        assertEquals(2, report.about(Subject.ISSUE_TYPE).stream().filter(item -> item.state() == State.CREATED).count());
        assertEquals(6, report.about(Subject.FIELD).stream().filter(item -> item.state() == State.CREATED).count());
        assertReadable(report);
    }

    @Test
    void aProjectKeyWithNoProjectFails() throws Exception {
        when(site.settings.get(ThroughlineProject.SETTING)).thenReturn("GONE");

        Item project = site.provisioner().provision().about(Subject.PROJECT).get(0);

        assertEquals(State.FAILED, project.state());
        assertEquals(ProvisionMessage.PROJECT_NOT_FOUND, project.message());
        assertEquals(List.of("GONE"), project.arguments());
        verifyNoInteractions(site.schemes);
    }

    @Test
    void aProjectOnTheDefaultSchemeGetsTheTypesThroughItAndTheSchemeIsNotRewritten() throws Exception {
        when(site.schemes.isDefaultIssueTypeScheme(site.scheme)).thenReturn(true);

        Item project = site.provisioner().provision().about(Subject.PROJECT).get(0);

        verify(site.schemes).addOptionToDefault(site.type("One-on-One").getId());
        verify(site.schemes).addOptionToDefault(site.type("Commitment").getId());
        verify(site.schemes, never()).update(any(), any());
        assertEquals(ProvisionMessage.PROJECT_ASSOCIATED_DEFAULT, project.message());
        assertEquals(List.of("One-on-One, Commitment"), project.arguments());
    }

    @Test
    void aProjectSchemeKeepsItsTypesWhenOursAreAdded() throws Exception {
        site.provisioned();
        site.projectTypes.removeIf(type -> type.getName().equals("Commitment"));

        Item project = site.provisioner().provision().about(Subject.PROJECT).get(0);

        verify(site.schemes).update(site.scheme, new java.util.LinkedHashSet<>(List.of(site.type("Task").getId(),
                site.type("Sub-task").getId(), site.type("One-on-One").getId(), site.type("Commitment").getId())));
        assertEquals(State.ASSOCIATED, project.state());
        assertEquals(List.of("Commitment"), project.arguments());
    }

    @Test
    void anIssueTypeOfTheRightNameButTheWrongKindIsReportedNotWorkedAround() throws Exception {
        site.issueType("Commitment", false);

        ProvisionReport report = site.provisioner().provision();

        Item commitment = report.about(Subject.ISSUE_TYPE).get(1);
        assertEquals(State.FAILED, commitment.state());
        assertEquals(ProvisionMessage.ISSUE_TYPE_EXISTS_AS_STANDARD, commitment.message());
        verify(site.issueTypes, never()).createSubTaskIssueType(anyString(), anyString(), anyLong());
        assertFalse(projectTypeNames().contains("Commitment"), "the standard type is not offered in its place");
        assertTrue(projectTypeNames().contains("One-on-One"));
        assertReadable(report);
    }

    @Test
    void withoutTheOneOnOneTypeNoFieldIsCreated() throws Exception {
        when(site.issueTypes.createIssueType(anyString(), anyString(), anyLong()))
                .thenThrow(new IllegalArgumentException("avatar not found"));

        ProvisionReport report = site.provisioner().provision();

        Item oneOnOne = report.about(Subject.ISSUE_TYPE).get(0);
        assertEquals(ProvisionMessage.ISSUE_TYPE_FAILED, oneOnOne.message());
        assertEquals(List.of("avatar not found"), oneOnOne.arguments());
        assertTrue(report.about(Subject.FIELD).stream()
                .allMatch(item -> item.message() == ProvisionMessage.FIELD_NEEDS_ISSUE_TYPE));
        verify(site.fields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        assertReadable(report);
    }

    @Test
    void anIssueTypeThatAppearedMeanwhileIsUsedInsteadOfFailing() throws Exception {
        when(site.issueTypes.createSubTaskIssueType(anyString(), anyString(), anyLong())).thenAnswer(call -> {
            site.issueType("Commitment", true);
            throw new IllegalStateException("An issue type with the name 'Commitment' exists already.");
        });

        Item commitment = site.provisioner().provision().about(Subject.ISSUE_TYPE).get(1);

        assertEquals(State.FOUND, commitment.state());
    }

    @Test
    void withoutAnIconTheTypeIsNotCreated() throws Exception {
        when(site.properties.getString(IssueTypeProvisioning.DEFAULT_ICON)).thenReturn("not a number");

        Item oneOnOne = site.provisioner().provision().about(Subject.ISSUE_TYPE).get(0);

        assertEquals(ProvisionMessage.ISSUE_TYPE_NO_ICON, oneOnOne.message());
        verify(site.issueTypes, never()).createIssueType(anyString(), anyString(), anyLong());
    }

    @Test
    void theClusterLockIsHeldAroundTheWorkAndReleasedAfterIt() throws Exception {
        site.provisioner().provision();

        InOrder order = inOrder(site.locks, site.lock, site.issueTypes, site.fields, site.schemes);
        order.verify(site.locks).getLockForName("dev.throughline.jira.provision");
        order.verify(site.lock).tryLock(Provisioner.WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(site.issueTypes).createIssueType(anyString(), anyString(), anyLong());
        order.verify(site.fields, times(6)).createCustomField(anyString(), anyString(), any(), any(), anyList(),
                anyList());
        order.verify(site.schemes).update(any(), any());
        order.verify(site.lock).unlock();
    }

    @Test
    void theLockIsReleasedAndNothingThrownWhenTheHostFailsUnforeseen() throws Exception {
        when(site.issueTypes.getIssueTypes()).thenThrow(new IllegalStateException("constants cache broken"));

        ProvisionReport report = site.provisioner().provision();

        verify(site.lock).unlock();
        Item last = report.items().get(report.items().size() - 1);
        assertEquals(Subject.RUN, last.subject());
        assertEquals(ProvisionMessage.RUN_STOPPED, last.message());
        assertEquals(List.of("constants cache broken"), last.arguments());
        assertEquals(State.FOUND, report.items().get(0).state(), "what ran before is still reported");
        assertReadable(report);
    }

    @Test
    void aLockThatCannotBeReleasedIsReported() throws Exception {
        doThrow(new IllegalStateException("lock row gone")).when(site.lock).unlock();

        ProvisionReport report = site.provisioner().provision();

        Item last = report.items().get(report.items().size() - 1);
        assertEquals(ProvisionMessage.RUN_UNLOCK_FAILED, last.message());
        assertEquals(12, report.items().size());
    }

    @Test
    void aProjectWithoutADefaultSecurityLevelIsReportedAsNotPrivate() throws Exception {
        when(site.security.getDefaultSecurityLevel(site.project)).thenReturn(null);

        ProvisionReport report = site.provisioner().provision();

        Item last = report.items().get(report.items().size() - 1);
        assertEquals(List.of(State.FAILED, ProvisionMessage.PROJECT_NOT_PRIVATE, List.of(Site.PROJECT)),
                List.of(last.state(), last.message(), last.arguments()));
        assertFalse(report.succeeded(), "one-on-ones would not become issues: the administrator must act");
    }

    @Test
    void whileAnotherNodeHoldsTheLockNothingIsTouched() throws Exception {
        when(site.lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

        ProvisionReport report = site.provisioner().provision();

        assertEquals(List.of(State.SKIPPED), states(report));
        assertEquals(ProvisionMessage.RUN_BUSY, report.items().get(0).message());
        verifyNoInteractions(site.subTasks, site.issueTypes, site.fields, site.projects, site.schemes);
        verify(site.lock, never()).unlock();
        assertReadable(report);
    }

    @Test
    void anInterruptedWaitChangesNothingAndKeepsTheInterrupt() throws Exception {
        when(site.lock.tryLock(anyLong(), any(TimeUnit.class))).thenThrow(new InterruptedException());

        ProvisionReport report = site.provisioner().provision();

        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals(ProvisionMessage.RUN_INTERRUPTED, report.items().get(0).message());
        verifyNoInteractions(site.issueTypes, site.fields);
        verify(site.lock, never()).unlock();
    }

    private static List<State> states(ProvisionReport report) {
        return report.items().stream().map(Item::state).toList();
    }

    private static Item field(ProvisionReport report, String name) {
        return report.about(Subject.FIELD).stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow();
    }

    private Set<String> projectTypeNames() {
        return site.projectTypes.stream().map(IssueType::getName).collect(java.util.stream.Collectors.toSet());
    }

    /** Every text of the report exists and takes exactly the arguments the item carries. */
    private static void assertReadable(ProvisionReport report) {
        for (Item item : report.items()) {
            String text = TEXTS.getString(item.message().key());
            String shown = new MessageFormat(text, Locale.ENGLISH).format(item.arguments().toArray());
            assertFalse(shown.matches("(?s).*\\{\\d}.*"), "an argument is missing: " + shown);
            for (String argument : item.arguments()) {
                assertTrue(shown.contains(argument), "argument " + argument + " not shown in: " + shown);
            }
            assertTrue(TEXTS.containsKey(item.state().key()));
            assertTrue(TEXTS.containsKey(item.subject().key()));
        }
    }
}
