package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;

/** Declaration of Jira's filter service: only the members Throughline calls. */
public interface SearchRequestService {

    SearchRequest createFilter(JiraServiceContext serviceContext, SearchRequest request);
}
