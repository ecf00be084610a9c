package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

/**
 * Declaration of Jira's issue service: only the members Throughline calls, with the result classes it reads. The host
 * provides the nested classes; these bodies never run.
 */
public interface IssueService {

    IssueResult getIssue(ApplicationUser user, String issueKey);

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
            IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    /** The base of the issue results: the issue, or null when the call was refused. */
    abstract class IssueValidationResult extends ServiceResultImpl {

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            throw new UnsupportedOperationException("provided by the host");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("provided by the host");
        }
    }

    /**
     * A validated creation. Its constructors are Jira-internal and took Jackson 1 values until Jira 9, so none is
     * declared; only the host makes these.
     */
    class CreateValidationResult extends IssueValidationResult {

        private CreateValidationResult() {
            super(null, null);
        }
    }

    /** A validated update. */
    class UpdateValidationResult extends IssueValidationResult {

        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
        }
    }

    /** The issue a call read, created or updated, or the errors that stopped it. */
    class IssueResult extends IssueValidationResult {

        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
