package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** Declaration of the Jira application type: the link Throughline reads Jira through. */
public interface JiraApplicationType extends ApplicationType {
}
