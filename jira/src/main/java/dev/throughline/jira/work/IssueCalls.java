package dev.throughline.jira.work;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.CreateValidationResult;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService.UpdateValidationResult;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Jira's issue calls as Throughline makes them: creations and updates through the issue service, so Jira checks the
 * user's permissions and its field rules, and answers each refusal with Jira's own messages as a {@link WorkRefusal}.
 * Fields are set whether or not the project's screens show them (they are Throughline's, not the user's input).
 */
@Named
public class IssueCalls {

    private final IssueService service;
    private final IssueManager manager;

    @Inject
    public IssueCalls(@ComponentImport IssueService service, @ComponentImport IssueManager manager) {
        this.service = service;
        this.manager = manager;
    }

    /** Empty parameters for one call. */
    IssueInputParameters parameters() {
        IssueInputParameters parameters = service.newIssueInputParameters();
        parameters.setSkipScreenCheck(true);
        return parameters;
    }

    MutableIssue create(ApplicationUser user, IssueInputParameters parameters, String refusal) {
        CreateValidationResult validation = service.validateCreate(user, parameters);
        requireValid(validation, refusal);
        return created(service.create(user, validation), refusal);
    }

    MutableIssue createSubTask(ApplicationUser user, Long parentId, IssueInputParameters parameters, String refusal) {
        CreateValidationResult validation = service.validateSubTaskCreate(user, parentId, parameters);
        requireValid(validation, refusal);
        return created(service.create(user, validation), refusal);
    }

    void update(ApplicationUser user, Long issueId, IssueInputParameters parameters, String refusal) {
        UpdateValidationResult validation = service.validateUpdate(user, issueId, parameters);
        requireValid(validation, refusal);
        requireValid(service.update(user, validation), refusal);
    }

    /** The issue with this key, if the user may see it. */
    Optional<MutableIssue> visible(ApplicationUser user, String key) {
        IssueResult result = service.getIssue(user, key);
        return result != null && result.isValid() ? Optional.ofNullable(result.getIssue()) : Optional.empty();
    }

    /** The issue with this id, if Jira still has it. */
    Optional<MutableIssue> issue(Long id) {
        return Optional.ofNullable(manager.getIssueObject(id));
    }

    /** The issues Jira still has of these ids, in one call. */
    List<Issue> issues(Collection<Long> ids) {
        List<Issue> found = manager.getIssueObjects(ids);
        return found == null ? List.of() : found;
    }

    /**
     * Removes an issue this plugin has just created and cannot finish. It is Throughline's own, so it goes without the
     * user's Delete Issues permission (which few managers have), and without notifications about it.
     */
    void delete(Issue issue) throws RemoveException {
        manager.deleteIssueNoEvent(issue);
    }

    /**
     * Deletes what a call created before {@code failure} stopped it: true when it is gone; when it is not, why rides
     * along with the failure.
     */
    boolean undone(Issue created, Throwable failure) {
        try {
            delete(created);
            return true;
        } catch (RemoveException | RuntimeException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    private static MutableIssue created(IssueResult result, String refusal) {
        requireValid(result, refusal);
        if (result.getIssue() == null) {
            throw new WorkRefusal(refusal, null, "?");
        }
        return result.getIssue();
    }

    private static void requireValid(ServiceResult result, String refusal) {
        if (!result.isValid()) {
            throw new WorkRefusal(refusal, null, messages(result.getErrorCollection()));
        }
    }

    /** Jira's own words for a refusal: its general messages, then each field's. */
    static String messages(ErrorCollection errors) {
        List<String> all = new ArrayList<>();
        if (errors != null) {
            if (errors.getErrorMessages() != null) {
                all.addAll(errors.getErrorMessages());
            }
            if (errors.getErrors() != null) {
                all.addAll(errors.getErrors().values());
            }
        }
        return all.isEmpty() ? "?" : String.join("; ", all);
    }
}
