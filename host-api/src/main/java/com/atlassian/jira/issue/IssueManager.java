package com.atlassian.jira.issue;

import com.atlassian.jira.exception.RemoveException;

import java.util.Collection;
import java.util.List;

/** Declaration of Jira's issue manager: only the members Throughline calls. */
public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    List<Issue> getIssueObjects(Collection<Long> ids);

    void deleteIssueNoEvent(Issue issue) throws RemoveException;
}
