package dev.throughline.jira.provision;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A Jira site as the provisioner sees it, behind Jira's own manager interfaces: issue types, custom fields and a project
 * whose issue type scheme remember what was created, so a second run meets the first run's work.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Site {

    static final String PROJECT = "ONE";
    static final long ICON = 10318L;
    static final long SUB_TASK_ICON = 10316L;

    final ClusterLockService locks = mock(ClusterLockService.class);
    final ClusterLock lock = mock(ClusterLock.class);
    final SubTaskManager subTasks = mock(SubTaskManager.class);
    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final ApplicationProperties properties = mock(ApplicationProperties.class);
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    final PluginSettings settings = mock(PluginSettings.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    final IssueSecurityLevelManager security = mock(IssueSecurityLevelManager.class);
    final Project project = mock(Project.class);
    final FieldConfigScheme scheme = mock(FieldConfigScheme.class);
    final JiraContextNode global = mock(JiraContextNode.class);

    final List<IssueType> types = new ArrayList<>();
    final List<IssueType> projectTypes = new ArrayList<>();
    final Map<String, List<CustomField>> fieldsByName = new LinkedHashMap<>();
    final Map<String, CustomFieldType> fieldTypes = new HashMap<>();
    final Map<String, CustomFieldSearcher> searchers = new HashMap<>();
    private int nextId = 10_000;

    Site() throws Exception {
        when(locks.getLockForName(Provisioner.LOCK)).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        when(subTasks.isSubTasksEnabled()).thenReturn(true);

        when(issueTypes.getIssueTypes()).thenAnswer(call -> List.copyOf(types));
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong()))
                .thenAnswer(call -> issueType(call.getArgument(0), false));
        when(issueTypes.createSubTaskIssueType(anyString(), anyString(), anyLong()))
                .thenAnswer(call -> issueType(call.getArgument(0), true));
        when(properties.getString(IssueTypeProvisioning.DEFAULT_ICON)).thenReturn(String.valueOf(ICON));
        when(properties.getString(IssueTypeProvisioning.DEFAULT_SUB_TASK_ICON)).thenReturn(" " + SUB_TASK_ICON);

        when(fields.getCustomFieldObjectsByName(anyString()))
                .thenAnswer(call -> List.copyOf(fieldsByName.getOrDefault(call.getArgument(0), List.of())));
        when(fields.getCustomFieldType(anyString())).thenAnswer(call -> fieldType(call.getArgument(0)));
        when(fields.getCustomFieldSearcher(anyString()))
                .thenAnswer(call -> searchers.computeIfAbsent(call.getArgument(0), key -> mock(CustomFieldSearcher.class)));
        when(fields.createCustomField(anyString(), anyString(), any(CustomFieldType.class),
                any(CustomFieldSearcher.class), anyList(), anyList()))
                .thenAnswer(call -> field(call.getArgument(0), ((CustomFieldType) call.getArgument(2)).getKey()));

        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        when(settings.get(ThroughlineProject.SETTING)).thenReturn(PROJECT);
        when(projects.getProjectObjByKey(PROJECT)).thenReturn(project);
        when(security.getDefaultSecurityLevel(project)).thenReturn(10_100L);
        when(schemes.getIssueTypesForProject(project)).thenAnswer(call -> List.copyOf(projectTypes));
        when(schemes.getConfigScheme(project)).thenReturn(scheme);
        when(schemes.update(eq(scheme), any(Collection.class))).thenAnswer(call -> {
            Collection<String> ids = call.getArgument(1);
            projectTypes.clear();
            types.stream().filter(type -> ids.contains(type.getId())).forEach(projectTypes::add);
            return scheme;
        });
        projectTypes.add(issueType("Task", false));
        projectTypes.add(issueType("Sub-task", true));
    }

    Provisioner provisioner() {
        return new Provisioner(locks, new SubTaskSwitch(subTasks), new IssueTypeProvisioning(issueTypes, properties),
                new FieldProvisioning(fields),
                new ProjectAssociation(new ThroughlineProject(settingsFactory), projects, schemes, security));
    }

    /** Everything a finished first run leaves behind. */
    Site provisioned() {
        IssueType oneOnOne = issueType(IssueTypeSpec.ONE_ON_ONE.name(), false);
        IssueType commitment = issueType(IssueTypeSpec.COMMITMENT.name(), true);
        projectTypes.add(oneOnOne);
        projectTypes.add(commitment);
        FieldSpec.ALL.forEach(spec -> field(spec.name(), spec.typeKey()));
        return this;
    }

    IssueType issueType(String name, boolean subTask) {
        IssueType type = mock(IssueType.class);
        String id = String.valueOf(nextId++);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        types.add(type);
        return type;
    }

    IssueType type(String name) {
        return types.stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
    }

    CustomField field(String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        String id = "customfield_" + nextId++;
        when(field.getId()).thenReturn(id);
        CustomFieldType type = fieldType(typeKey);
        when(field.getCustomFieldType()).thenReturn(type);
        fieldsByName.computeIfAbsent(name, key -> new ArrayList<>()).add(field);
        return field;
    }

    CustomFieldType fieldType(String key) {
        return fieldTypes.computeIfAbsent(key, k -> {
            CustomFieldType type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(k);
            return type;
        });
    }
}
