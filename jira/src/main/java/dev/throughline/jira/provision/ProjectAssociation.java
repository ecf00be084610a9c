package dev.throughline.jira.provision;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.jira.provision.ProvisionReport.Item;
import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offers the One-on-One and Commitment issue types in the configured project by adding them to its issue type scheme.
 * Jira adds every new issue type to its default scheme; a project with a scheme of its own gets them added there, and
 * every project sharing that scheme offers them too, which the report says.
 */
@Named
public final class ProjectAssociation {

    private final ThroughlineProject project;
    private final ProjectManager projects;
    private final IssueTypeSchemeManager schemes;
    private final IssueSecurityLevelManager security;

    @Inject
    public ProjectAssociation(ThroughlineProject project, @ComponentImport ProjectManager projects,
            @ComponentImport IssueTypeSchemeManager schemes, @ComponentImport IssueSecurityLevelManager security) {
        this.project = project;
        this.projects = projects;
        this.schemes = schemes;
        this.security = security;
    }

    /**
     * Whether the project keeps one-on-ones private: it needs a default issue security level (whose members should be
     * the reporter and the assignee), or no session becomes an issue there. Nothing to say while no project is set.
     */
    Optional<Item> privacy() {
        Optional<String> key = project.key();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            Project target = projects.getProjectObjByKey(key.get());
            if (target == null) {
                return Optional.empty();
            }
            return Optional.of(security.getDefaultSecurityLevel(target) == null
                    ? item(key.get(), State.FAILED, ProvisionMessage.PROJECT_NOT_PRIVATE, key.get())
                    : item(key.get(), State.FOUND, ProvisionMessage.PROJECT_PRIVATE));
        } catch (RuntimeException e) {
            return Optional.of(item(key.get(), State.FAILED, ProvisionMessage.PROJECT_FAILED,
                    ProvisionMessage.describe(e)));
        }
    }

    Item associate(List<IssueType> types) {
        Optional<String> key = project.key();
        if (key.isEmpty()) {
            return item("", State.SKIPPED, ProvisionMessage.PROJECT_NOT_SET);
        }
        try {
            Project target = projects.getProjectObjByKey(key.get());
            if (target == null) {
                return item(key.get(), State.FAILED, ProvisionMessage.PROJECT_NOT_FOUND, key.get());
            }
            if (types.isEmpty()) {
                return item(key.get(), State.SKIPPED, ProvisionMessage.PROJECT_TYPES_MISSING);
            }
            return addMissing(key.get(), target, types);
        } catch (RuntimeException e) {
            return item(key.get(), State.FAILED, ProvisionMessage.PROJECT_FAILED, ProvisionMessage.describe(e));
        }
    }

    private Item addMissing(String key, Project target, List<IssueType> types) {
        Set<String> offered = schemes.getIssueTypesForProject(target).stream().map(IssueType::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<IssueType> missing = types.stream().filter(type -> !offered.contains(type.getId())).toList();
        if (missing.isEmpty()) {
            return item(key, State.FOUND, ProvisionMessage.PROJECT_FOUND);
        }
        String names = missing.stream().map(IssueType::getName).collect(Collectors.joining(", "));
        FieldConfigScheme scheme = schemes.getConfigScheme(target);
        if (scheme == null || schemes.isDefaultIssueTypeScheme(scheme)) {
            missing.forEach(type -> schemes.addOptionToDefault(type.getId()));
            return item(key, State.ASSOCIATED, ProvisionMessage.PROJECT_ASSOCIATED_DEFAULT, names);
        }
        missing.forEach(type -> offered.add(type.getId()));
        schemes.update(scheme, offered);
        return item(key, State.ASSOCIATED, ProvisionMessage.PROJECT_ASSOCIATED, names);
    }

    private static Item item(String name, State state, ProvisionMessage message, String... arguments) {
        return Item.of(Subject.PROJECT, name, state, message, arguments);
    }
}
