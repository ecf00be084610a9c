package com.atlassian.jira.issue.search;

import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/** Declaration of a Jira filter (a saved search). The host provides the class; these bodies never run. */
public class SearchRequest {

    public SearchRequest(Query query, ApplicationUser owner, String name, String description) {
        throw new UnsupportedOperationException("provided by the host");
    }

    public Long getId() {
        throw new UnsupportedOperationException("provided by the host");
    }

    public void setPermissions(SharedEntity.SharePermissions permissions) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
