package com.atlassian.jira.datetime;

/** Declaration of Jira's factory of date formatters: only the members Throughline calls. */
public interface DateTimeFormatterFactory {

    DateTimeFormatter formatter();
}
