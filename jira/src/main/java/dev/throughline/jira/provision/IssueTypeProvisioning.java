package dev.throughline.jira.provision;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds an issue type by name or creates it. Jira refuses a second type of the same name whatever its case, so a type
 * of the right name but the wrong kind (standard where a sub-task type is needed) is reported, never worked around.
 */
@Named
public final class IssueTypeProvisioning {

    /** Jira's own default icons for new issue types, the ones its admin page picks (APKeys in jira-api). */
    static final String DEFAULT_ICON = "jira.avatar.issuetype.default.id";
    static final String DEFAULT_SUB_TASK_ICON = "jira.avatar.issuetype.subtask.default.id";

    private final IssueTypeManager issueTypes;
    private final ApplicationProperties properties;

    @Inject
    public IssueTypeProvisioning(@ComponentImport IssueTypeManager issueTypes,
            @ComponentImport ApplicationProperties properties) {
        this.issueTypes = issueTypes;
        this.properties = properties;
    }

    /** The issue type ready for use, if it is; with the report's item either way. */
    record Outcome(Item item, Optional<IssueType> type) {
    }

    Outcome ensure(IssueTypeSpec spec) {
        Optional<IssueType> existing = find(spec);
        if (existing.isPresent()) {
            return existing(spec, existing.get());
        }
        Optional<Long> icon = icon(spec);
        if (icon.isEmpty()) {
            return failed(spec, ProvisionMessage.ISSUE_TYPE_NO_ICON, spec.subTask() ? DEFAULT_SUB_TASK_ICON
                    : DEFAULT_ICON);
        }
        try {
            IssueType created = spec.subTask()
                    ? issueTypes.createSubTaskIssueType(spec.name(), spec.description(), icon.get())
                    : issueTypes.createIssueType(spec.name(), spec.description(), icon.get());
            return new Outcome(item(spec, State.CREATED, ProvisionMessage.ISSUE_TYPE_CREATED, created.getId()),
                    Optional.of(created));
        } catch (RuntimeException e) {
            // Jira refuses a name that appeared meanwhile (an administrator, a node without our lock): use that one.
            return find(spec).map(appeared -> existing(spec, appeared))
                    .orElseGet(() -> failed(spec, ProvisionMessage.ISSUE_TYPE_FAILED, ProvisionMessage.describe(e)));
        }
    }

    private Optional<IssueType> find(IssueTypeSpec spec) {
        String wanted = spec.name().toLowerCase(Locale.ROOT);
        return issueTypes.getIssueTypes().stream()
                .filter(type -> type.getName() != null && type.getName().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private static Outcome existing(IssueTypeSpec spec, IssueType type) {
        if (type.isSubTask() == spec.subTask()) {
            return new Outcome(item(spec, State.FOUND, ProvisionMessage.ISSUE_TYPE_FOUND, type.getId()),
                    Optional.of(type));
        }
        return failed(spec, type.isSubTask() ? ProvisionMessage.ISSUE_TYPE_EXISTS_AS_SUB_TASK
                : ProvisionMessage.ISSUE_TYPE_EXISTS_AS_STANDARD, type.getName());
    }

    private Optional<Long> icon(IssueTypeSpec spec) {
        String id = properties.getString(spec.subTask() ? DEFAULT_SUB_TASK_ICON : DEFAULT_ICON);
        try {
            return id == null ? Optional.empty() : Optional.of(Long.valueOf(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Outcome failed(IssueTypeSpec spec, ProvisionMessage message, String argument) {
        return new Outcome(item(spec, State.FAILED, message, argument), Optional.empty());
    }

    private static Item item(IssueTypeSpec spec, State state, ProvisionMessage message, String argument) {
        return Item.of(Subject.ISSUE_TYPE, spec.name(), state, message, argument);
    }
}
