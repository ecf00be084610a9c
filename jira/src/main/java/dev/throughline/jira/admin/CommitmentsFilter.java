package dev.throughline.jira.admin;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.sharing.SharePermission;
import com.atlassian.jira.sharing.SharePermissionImpl;
import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.sharing.type.ShareType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.core.DomainException;
import dev.throughline.jira.provision.IssueTypeSpec;
import dev.throughline.jira.provision.ThroughlineProject;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The saved filter "My 1:1 commitments": the open Commitment sub-tasks assigned to whoever looks, so one filter serves
 * every manager and report, and a Scrum or Kanban board based on it shows each person their own commitments. Shared
 * with signed-in users (the issues themselves stay behind the project's issue security); owned by the administrator who
 * creates it. Jira's refusals (a filter of that name already theirs, say) come back as a message.
 */
@Named
public class CommitmentsFilter {

    static final String NAME = "My 1:1 commitments";

    private final SearchService search;
    private final SearchRequestService filters;
    private final JiraAuthenticationContext authentication;
    private final ThroughlineProject project;

    @Inject
    public CommitmentsFilter(@ComponentImport SearchService search, @ComponentImport SearchRequestService filters,
                             @ComponentImport JiraAuthenticationContext authentication, ThroughlineProject project) {
        this.search = search;
        this.filters = filters;
        this.authentication = authentication;
        this.project = project;
    }

    /** The JQL: in the chosen project when there is one, ordered by due date. */
    String jql() {
        String commitments = "issuetype = \"" + IssueTypeSpec.COMMITMENT.name()
                + "\" AND assignee = currentUser() AND resolution = Unresolved ORDER BY due ASC";
        return project.key().map(key -> "project = \"" + key + "\" AND " + commitments).orElse(commitments);
    }

    /** Creates the filter as the signed-in administrator; answers its id. */
    long create(String description) {
        ApplicationUser owner = authentication.getLoggedInUser();
        SearchService.ParseResult parsed = search.parseQuery(owner, jql());
        if (!parsed.isValid()) {
            throw refused(parsed.getErrors() == null ? List.of() : new ArrayList<>(parsed.getErrors()
                    .getErrorMessages()));
        }
        SearchRequest filter = new SearchRequest(parsed.getQuery(), owner, NAME, description);
        Set<SharePermission> everyoneSignedIn = Set.of(new SharePermissionImpl(null, ShareType.Name.AUTHENTICATED,
                null, null));
        filter.setPermissions(new SharedEntity.SharePermissions(everyoneSignedIn));
        JiraServiceContext context = new JiraServiceContextImpl(owner);
        SearchRequest created = filters.createFilter(context, filter);
        if (context.getErrorCollection() != null && context.getErrorCollection().hasAnyErrors() || created == null) {
            List<String> messages = new ArrayList<>();
            Optional.ofNullable(context.getErrorCollection()).ifPresent(errors -> {
                messages.addAll(errors.getErrorMessages());
                messages.addAll(errors.getErrors().values());
            });
            throw refused(messages);
        }
        return created.getId();
    }

    private static DomainException refused(List<String> messages) {
        return new DomainException("throughline.admin.filter.refused", "filter", String.join("; ", messages));
    }
}
