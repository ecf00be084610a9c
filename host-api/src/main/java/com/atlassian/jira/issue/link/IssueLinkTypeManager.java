package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Declaration of Jira's issue link type manager: only the members Throughline calls. */
public interface IssueLinkTypeManager {

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
