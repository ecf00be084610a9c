package dev.throughline.jira.work;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.CreateValidationResult;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService.UpdateValidationResult;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.jira.provision.ThroughlineProject;
import dev.throughline.jira.store.ActiveObjectsAccess;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Jira site as the work items see it, behind Jira's own interfaces: a configured project with the One-on-One and
 * Commitment issue types and the session's fields, two users, an issue service that creates issues with ids, and an
 * Active Objects table that remembers each session's issue. Dates come back from the pickers as readable markers.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class JiraSite {

    static final String PROJECT = "ONE";
    static final long PROJECT_ID = 10_000L;
    static final long SECURITY_LEVEL = 10_100L;
    static final long BLOCKS_ID = 10_000L;
    static final ZoneId ZONE = ZoneId.systemDefault();

    final Pairing pairing = new Pairing(7, UserKey.of("JIRAUSER10100"), UserKey.of("JIRAUSER10200"),
            LocalDate.of(2026, 1, 5), null, false, Cadence.WEEKLY);

    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final UserManager users = mock(UserManager.class);
    final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    final PluginSettings settings = mock(PluginSettings.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final Project project = mock(Project.class);
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    final IssueSecurityLevelManager security = mock(IssueSecurityLevelManager.class);
    final DateTimeFormatterFactory formatters = mock(DateTimeFormatterFactory.class);
    final IssueService issueService = mock(IssueService.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final SubTaskManager subTasks = mock(SubTaskManager.class);
    final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    final IssueLinkManager links = mock(IssueLinkManager.class);
    final IssueLinkType blocks = mock(IssueLinkType.class);
    final ActiveObjects activeObjects = mock(ActiveObjects.class);

    final ApplicationUser morgan = user("JIRAUSER10100", "morgan", "Morgan Lee");
    final ApplicationUser alex = user("JIRAUSER10200", "alex", "Alex Kim");
    final IssueType oneOnOne = issueType("10100", "One-on-One", false);
    final IssueType commitment = issueType("10101", "Commitment", true);
    final Map<SessionField, Long> fieldIds = new LinkedHashMap<>();

    /** Every parameter set the issue service handed out, in order. */
    final List<IssueInputParameters> parameters = new ArrayList<>();
    /** Every issue Jira has, by id: created ones included. */
    final Map<Long, MutableIssue> issues = new HashMap<>();
    /** The plugin's table: session id to issue id. */
    final Map<Long, Long> sessionIssues = new LinkedHashMap<>();
    private long nextIssueId = 20_000;

    JiraSite() {
        when(authentication.getLoggedInUser()).thenReturn(morgan);
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        when(settings.get(ThroughlineProject.SETTING)).thenReturn(PROJECT);
        when(projects.getProjectObjByKey(PROJECT)).thenReturn(project);
        when(project.getId()).thenReturn(PROJECT_ID);
        when(security.getDefaultSecurityLevel(project)).thenReturn(SECURITY_LEVEL);
        IssueType task = issueType("1", "Task", false);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(task, oneOnOne, commitment));
        long id = 10_300;
        for (SessionField field : SessionField.values()) {
            fieldIds.put(field, id);
            CustomField found = field(id++, field.typeKey());
            when(fields.getCustomFieldObjectsByName(field.fieldName())).thenReturn(List.of(found));
        }
        pickers();
        issueService();
        when(issueManager.getIssueObject(anyLong())).thenAnswer(call -> issues.get((Long) call.getArgument(0)));
        when(linkTypes.getIssueLinkTypesByName(BlockerLinks.BLOCKS)).thenReturn(List.of(blocks));
        when(blocks.getId()).thenReturn(BLOCKS_ID);
        activeObjects();
    }

    JiraWorkItems workItems() {
        WorkSchema schema = new WorkSchema(new ThroughlineProject(settingsFactory), projects, issueTypes, fields,
                security);
        SessionIssues sessions = new SessionIssues(new ActiveObjectsAccess(activeObjects));
        JiraActors actors = new JiraActors(authentication, users);
        IssueCalls calls = new IssueCalls(issueService, issueManager);
        PickerDates dates = new PickerDates(formatters);
        BlockerLinks blockers = new BlockerLinks(calls, linkTypes, links);
        return new JiraWorkItems(schema, sessions, actors, calls,
                new OneOnOneIssues(schema, calls, actors, dates, sessions, ZONE),
                new CommitmentIssues(calls, actors, dates, blockers, subTasks), blockers, ZONE);
    }

    /** An issue Jira has, e.g. one a blocker follow-up unblocks; visible to the signed-in user when {@code visible}. */
    MutableIssue existing(String key, boolean visible) {
        MutableIssue issue = issue();
        IssueResult result = mock(IssueResult.class);
        when(result.isValid()).thenReturn(visible);
        when(result.getIssue()).thenReturn(visible ? issue : null);
        ErrorCollection errors = errors(visible ? List.of() : List.of("You cannot see it."));
        when(result.getErrorCollection()).thenReturn(errors);
        when(issueService.getIssue(morgan, key)).thenReturn(result);
        return issue;
    }

    MutableIssue issue() {
        MutableIssue issue = mock(MutableIssue.class);
        long id = nextIssueId++;
        when(issue.getId()).thenReturn(id);
        when(issue.getProjectObject()).thenReturn(project);
        issues.put(id, issue);
        return issue;
    }

    /** The last parameters handed out. */
    IssueInputParameters lastParameters() {
        return parameters.get(parameters.size() - 1);
    }

    static ErrorCollection errors(List<String> messages) {
        return errors(messages, Map.of());
    }

    static ErrorCollection errors(List<String> messages, Map<String, String> byField) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(messages);
        when(errors.getErrors()).thenReturn(byField);
        when(errors.hasAnyErrors()).thenReturn(!messages.isEmpty() || !byField.isEmpty());
        return errors;
    }

    static CreateValidationResult refusedCreation(ErrorCollection errors) {
        CreateValidationResult result = mock(CreateValidationResult.class);
        when(result.isValid()).thenReturn(false);
        when(result.getErrorCollection()).thenReturn(errors);
        return result;
    }

    private void issueService() {
        when(issueService.newIssueInputParameters()).thenAnswer(call -> {
            IssueInputParameters next = mock(IssueInputParameters.class, RETURNS_SELF);
            parameters.add(next);
            return next;
        });
        when(issueService.validateCreate(any(), any())).thenAnswer(call -> validCreation());
        when(issueService.validateSubTaskCreate(any(), anyLong(), any())).thenAnswer(call -> validCreation());
        when(issueService.create(any(), any(CreateValidationResult.class))).thenAnswer(call -> {
            IssueResult result = mock(IssueResult.class);
            when(result.isValid()).thenReturn(true);
            MutableIssue created = issue();
            when(result.getIssue()).thenReturn(created);
            return result;
        });
        when(issueService.validateUpdate(any(), anyLong(), any())).thenAnswer(call -> {
            UpdateValidationResult result = mock(UpdateValidationResult.class);
            when(result.isValid()).thenReturn(true);
            return result;
        });
        when(issueService.update(any(), any(UpdateValidationResult.class))).thenAnswer(call -> {
            IssueResult result = mock(IssueResult.class);
            when(result.isValid()).thenReturn(true);
            return result;
        });
    }

    private static CreateValidationResult validCreation() {
        CreateValidationResult result = mock(CreateValidationResult.class);
        when(result.isValid()).thenReturn(true);
        return result;
    }

    /** Due dates come back as "DAY:2026-12-10" (the day in the server's zone), date-times as "AT:" and the instant. */
    private void pickers() {
        DateTimeFormatter base = mock(DateTimeFormatter.class);
        DateTimeFormatter forUser = mock(DateTimeFormatter.class);
        DateTimeFormatter forUserInSystemZone = mock(DateTimeFormatter.class);
        DateTimeFormatter datePicker = mock(DateTimeFormatter.class);
        DateTimeFormatter dateTimePicker = mock(DateTimeFormatter.class);
        when(formatters.formatter()).thenReturn(base);
        when(base.forLoggedInUser()).thenReturn(forUser);
        when(forUser.withSystemZone()).thenReturn(forUserInSystemZone);
        when(forUserInSystemZone.withStyle(DateTimeStyle.DATE_PICKER)).thenReturn(datePicker);
        when(forUser.withStyle(DateTimeStyle.DATE_TIME_PICKER)).thenReturn(dateTimePicker);
        when(datePicker.format(any())).thenAnswer(call ->
                "DAY:" + LocalDate.ofInstant(((java.util.Date) call.getArgument(0)).toInstant(), ZoneId.systemDefault()));
        when(dateTimePicker.format(any())).thenAnswer(call ->
                "AT:" + ((java.util.Date) call.getArgument(0)).toInstant());
    }

    /** The session issue table on a mocked Active Objects: rows found by the session id the query asks for. */
    private void activeObjects() {
        when(activeObjects.executeInTransaction(any())).thenAnswer(call ->
                ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());
        when(activeObjects.find(eq(SessionIssueEntity.class), any(Query.class))).thenAnswer(call -> {
            long sessionId = ((Number) ((Query) call.getArgument(1)).getWhereParams()[0]).longValue();
            Long issueId = sessionIssues.get(sessionId);
            return issueId == null ? new SessionIssueEntity[0] : new SessionIssueEntity[] {row(sessionId, issueId)};
        });
        when(activeObjects.create(eq(SessionIssueEntity.class), any(Map.class))).thenAnswer(call -> {
            Map<String, Object> values = call.getArgument(1);
            long sessionId = ((Number) values.get("SESSION_ID")).longValue();
            long issueId = ((Number) values.get("ISSUE_ID")).longValue();
            sessionIssues.put(sessionId, issueId);
            return row(sessionId, issueId);
        });
    }

    private SessionIssueEntity row(long sessionId, long issueId) {
        SessionIssueEntity row = mock(SessionIssueEntity.class);
        when(row.getSessionId()).thenReturn(sessionId);
        when(row.getIssueId()).thenReturn(issueId);
        org.mockito.Mockito.doAnswer(call -> sessionIssues.put(sessionId, (Long) call.getArgument(0)))
                .when(row).setIssueId(anyLong());
        return row;
    }

    private ApplicationUser user(String key, String name, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(displayName);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    private static IssueType issueType(String id, String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        return type;
    }

    private static CustomField field(long id, String typeKey) {
        CustomField field = mock(CustomField.class);
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getId()).thenReturn("customfield_" + id);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    long field(SessionField field) {
        return Objects.requireNonNull(fieldIds.get(field));
    }

    static Collection<Long> ids(Collection<? extends Issue> issues) {
        return issues.stream().map(Issue::getId).toList();
    }
}
