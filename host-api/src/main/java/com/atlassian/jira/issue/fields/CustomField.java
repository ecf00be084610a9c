package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/** Declaration of a Jira custom field: only the members Throughline calls. */
@SuppressWarnings("rawtypes")
public interface CustomField {

    String getId();

    Long getIdAsLong();

    CustomFieldType getCustomFieldType();
}
