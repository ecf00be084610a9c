package com.atlassian.jira.issue;

/** Declaration of the values an issue service call sets: only the members Throughline calls. */
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setSecurityLevelId(Long securityLevelId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    void setSkipScreenCheck(boolean skipScreenCheck);
}
