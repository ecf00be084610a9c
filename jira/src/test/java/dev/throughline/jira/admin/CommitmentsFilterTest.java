package dev.throughline.jira.admin;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.sharing.SharePermissionImpl;
import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import dev.throughline.core.DomainException;
import dev.throughline.jira.provision.ThroughlineProject;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * "My 1:1 commitments": one filter for everyone (assignee = currentUser()), shared with signed-in users, in the chosen
 * project; Jira's refusals are the message.
 */
class CommitmentsFilterTest {

    private final SearchService search = mock(SearchService.class);
    private final SearchRequestService filters = mock(SearchRequestService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ThroughlineProject project = mock(ThroughlineProject.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final CommitmentsFilter filter = new CommitmentsFilter(search, filters, authentication, project);

    @Test
    void theQueryIsEveryonesOwnOpenCommitmentsInTheChosenProject() {
        when(project.key()).thenReturn(Optional.empty(), Optional.of("ONE"));
        assertEquals("issuetype = \"Commitment\" AND assignee = currentUser() AND resolution = Unresolved"
                + " ORDER BY due ASC", filter.jql());
        assertEquals("project = \"ONE\" AND issuetype = \"Commitment\" AND assignee = currentUser() AND"
                + " resolution = Unresolved ORDER BY due ASC", filter.jql());
    }

    @Test
    void theFilterIsSharedWithSignedInUsersAndOwnedByTheAdministrator() {
        when(project.key()).thenReturn(Optional.of("ONE"));
        when(authentication.getLoggedInUser()).thenReturn(admin);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        when(search.parseQuery(admin, filter.jql())).thenReturn(parsed);
        List<List<?>> requests = new ArrayList<>();
        List<List<?>> shares = new ArrayList<>();
        ErrorCollection none = noErrors();
        try (MockedConstruction<SearchRequest> made = mockConstruction(SearchRequest.class,
                     (request, context) -> requests.add(context.arguments()));
             MockedConstruction<SharePermissionImpl> share = mockConstruction(SharePermissionImpl.class,
                     (permission, context) -> shares.add(context.arguments()));
             MockedConstruction<SharedEntity.SharePermissions> permissions =
                     mockConstruction(SharedEntity.SharePermissions.class);
             MockedConstruction<JiraServiceContextImpl> contexts = mockConstruction(JiraServiceContextImpl.class,
                     (context, arguments) -> when(context.getErrorCollection()).thenReturn(none))) {
            SearchRequest created = mock(SearchRequest.class);
            when(created.getId()).thenReturn(10_500L);
            when(filters.createFilter(any(), any())).thenReturn(created);

            assertEquals(10_500L, filter.create("Open commitments"));

            assertEquals(List.of(List.of(query, admin, CommitmentsFilter.NAME, "Open commitments")), requests);
            assertEquals(1, shares.size(), "one share: every signed-in user");
            assertEquals(4, shares.get(0).size());
            verify(made.constructed().get(0)).setPermissions(permissions.constructed().get(0));
            verify(filters).createFilter(contexts.constructed().get(0), made.constructed().get(0));
        }
    }

    @Test
    void aQueryJiraCannotParseOrAFilterItRefusesIsAMessageNotAFilter() {
        when(project.key()).thenReturn(Optional.empty());
        when(authentication.getLoggedInUser()).thenReturn(admin);
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        MessageSet errors = mock(MessageSet.class);
        when(errors.getErrorMessages()).thenReturn(Set.of("Field 'due' does not exist."));
        when(parsed.getErrors()).thenReturn(errors);
        when(search.parseQuery(any(), any())).thenReturn(parsed);

        DomainException unparsed = assertThrows(DomainException.class, () -> filter.create("x"));
        assertEquals(List.of("throughline.admin.filter.refused", List.of("Field 'due' does not exist.")),
                List.of(unparsed.key(), List.of(unparsed.args())));
        verify(filters, never()).createFilter(any(), any());

        when(parsed.isValid()).thenReturn(true);
        ErrorCollection refusal = mock(ErrorCollection.class);
        when(refusal.hasAnyErrors()).thenReturn(true);
        when(refusal.getErrorMessages()).thenReturn(List.of());
        when(refusal.getErrors()).thenReturn(Map.of("filterName", "You already have a filter with this name."));
        try (MockedConstruction<SearchRequest> made = mockConstruction(SearchRequest.class);
             MockedConstruction<SharePermissionImpl> share = mockConstruction(SharePermissionImpl.class);
             MockedConstruction<SharedEntity.SharePermissions> permissions =
                     mockConstruction(SharedEntity.SharePermissions.class);
             MockedConstruction<JiraServiceContextImpl> contexts = mockConstruction(JiraServiceContextImpl.class,
                     (context, arguments) -> when(context.getErrorCollection()).thenReturn(refusal))) {
            DomainException refused = assertThrows(DomainException.class, () -> filter.create("x"));
            assertTrue(String.valueOf(refused.args()[0]).contains("already have a filter"), refused.toString());
        }
    }

    private static ErrorCollection noErrors() {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(false);
        return errors;
    }
}
