package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;

/** Declaration of Jira's search service: only the members Throughline calls. */
public interface SearchService {

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** Declaration of a JQL parse's result. The host provides the class; these bodies never run. */
    class ParseResult {

        private ParseResult() {
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("provided by the host");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("provided by the host");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("provided by the host");
        }
    }
}
