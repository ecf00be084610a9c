package com.atlassian.jira.datetime;

/** Declaration of Jira's date styles: only the two Throughline formats with (Java links enum constants by name). */
public enum DateTimeStyle {
    DATE_TIME_PICKER,
    DATE_PICKER
}
