package com.atlassian.jira.sharing;

/** Declaration of one share of an entity: only its type, which Throughline passes on. */
public interface SharePermission {
}
