package com.atlassian.jira.issue;

/** Declaration of Jira's changeable issue, which the issue service hands out; nothing called beyond {@link Issue}. */
public interface MutableIssue extends Issue {
}
