package dev.throughline.jira.work;

import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Dates as Jira's issue service reads them: text in the signed-in user's date picker format, the way its own forms send
 * them. A due date is a day in the server's zone (Jira's due date field parses with the user's date picker format in the
 * system zone); a date-time field is read in the user's own zone, so an instant formatted there comes back unchanged.
 */
@Named
public class PickerDates {

    private final DateTimeFormatterFactory formatters;

    @Inject
    public PickerDates(@ComponentImport DateTimeFormatterFactory formatters) {
        this.formatters = formatters;
    }

    /** A due date. */
    String day(LocalDate day) {
        Date midnight = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        return formatters.formatter().forLoggedInUser().withSystemZone().withStyle(DateTimeStyle.DATE_PICKER)
                .format(midnight);
    }

    /** A date-time custom field's value. */
    String moment(Instant at) {
        return formatters.formatter().forLoggedInUser().withStyle(DateTimeStyle.DATE_TIME_PICKER).format(Date.from(at));
    }
}
