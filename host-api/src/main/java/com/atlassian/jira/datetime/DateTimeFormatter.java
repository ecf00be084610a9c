package com.atlassian.jira.datetime;

import java.util.Date;

/** Declaration of a Jira date formatter: only the members Throughline calls. */
public interface DateTimeFormatter {

    String format(Date date);

    DateTimeFormatter forLoggedInUser();

    DateTimeFormatter withSystemZone();

    DateTimeFormatter withStyle(DateTimeStyle style);
}
