package dev.throughline.jira.work;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.IssueTypeSpec;
import dev.throughline.jira.provision.ThroughlineProject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What Jira offers the method, found the way provisioning made it: the configured project, the One-on-One and
 * Commitment issue types by name and kind, the project's default issue security level, the session's custom fields by
 * name and type. While any of the first four is missing Jira tracks nothing and Throughline works on its own records
 * (one-on-ones are never written where everyone who browses the project would read them); the log says why.
 */
@Named
public class WorkSchema {

    static final String ONE_ON_ONE = IssueTypeSpec.ONE_ON_ONE.name();
    static final String COMMITMENT = IssueTypeSpec.COMMITMENT.name();

    private static final Logger LOG = LoggerFactory.getLogger(WorkSchema.class);

    private final ThroughlineProject project;
    private final ProjectManager projects;
    private final IssueTypeManager issueTypes;
    private final CustomFieldManager fields;
    private final IssueSecurityLevelManager security;

    @Inject
    public WorkSchema(ThroughlineProject project, @ComponentImport ProjectManager projects,
            @ComponentImport IssueTypeManager issueTypes, @ComponentImport CustomFieldManager fields,
            @ComponentImport IssueSecurityLevelManager security) {
        this.project = project;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.fields = fields;
        this.security = security;
    }

    /**
     * Where sessions and commitments go in Jira: the project, the issue types, and the issue security level every
     * session's issue is created at (its sub-tasks take their parent's), so only the manager and the report see them.
     */
    record Setup(Project project, IssueType oneOnOne, IssueType commitment, long securityLevel) {
    }

    /** The project and issue types, when Jira has them; else nothing, with a log line saying what is missing. */
    Optional<Setup> setup() {
        Optional<String> key = project.key();
        if (key.isEmpty()) {
            LOG.info("Throughline: no Jira project is chosen, so sessions and commitments"
                    + " are kept in Throughline only");
            return Optional.empty();
        }
        Project target = projects.getProjectObjByKey(key.get());
        if (target == null) {
            LOG.warn("Throughline: the chosen Jira project {} does not exist, so"
                    + " sessions and commitments are kept in Throughline only", key.get());
            return Optional.empty();
        }
        Optional<IssueType> oneOnOne = issueType(ONE_ON_ONE, false);
        Optional<IssueType> commitment = issueType(COMMITMENT, true);
        if (oneOnOne.isEmpty() || commitment.isEmpty()) {
            LOG.warn("Throughline: Jira lacks the {} or {} issue type (run provisioning),"
                    + " so sessions and commitments are kept in Throughline only", ONE_ON_ONE, COMMITMENT);
            return Optional.empty();
        }
        Long level = security.getDefaultSecurityLevel(target);
        if (level == null) {
            LOG.warn("Throughline: the Jira project {} has no default issue security"
                    + " level, so anyone who browses it would read the one-on-ones: sessions and commitments are kept"
                    + " in Throughline only until it has one (see the admin page)", key.get());
            return Optional.empty();
        }
        return Optional.of(new Setup(target, oneOnOne.get(), commitment.get(), level));
    }

    /** The session's custom field, if Jira has one of that name and type; the first one when there are several. */
    Optional<CustomField> field(SessionField field) {
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(field.fieldName());
        if (named == null) {
            return Optional.empty();
        }
        return named.stream().filter(candidate -> candidate.getCustomFieldType() != null
                && field.typeKey().equals(candidate.getCustomFieldType().getKey())).findFirst();
    }

    private Optional<IssueType> issueType(String name, boolean subTask) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return issueTypes.getIssueTypes().stream()
                .filter(type -> type.getName() != null && type.getName().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .filter(type -> type.isSubTask() == subTask)
                .findFirst();
    }
}
