package dev.throughline.jira.work;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Each session as a One-on-One issue: reported by the manager, assigned to the report, its summary naming both and the
 * day, its "Session date" the time. Once held it carries the segments' notes, the manager's talk share and the recap
 * in its fields. A cancelled or moved session keeps its issue and says so in the summary (the moved one's successor
 * gets an issue of its own); Throughline does not transition it, since each site's workflow has its own steps.
 */
@Named
public class OneOnOneIssues {

    private final WorkSchema schema;
    private final IssueCalls issues;
    private final JiraActors actors;
    private final PickerDates dates;
    private final SessionIssues sessions;
    private final ZoneId zone;

    @Inject
    public OneOnOneIssues(WorkSchema schema, IssueCalls issues, JiraActors actors, PickerDates dates,
            SessionIssues sessions) {
        this(schema, issues, actors, dates, sessions, ZoneId.systemDefault());
    }

    OneOnOneIssues(WorkSchema schema, IssueCalls issues, JiraActors actors, PickerDates dates, SessionIssues sessions,
            ZoneId zone) {
        this.schema = schema;
        this.issues = issues;
        this.actors = actors;
        this.dates = dates;
        this.sessions = sessions;
        this.zone = zone;
    }

    /** Creates the session's issue as {@code user} and remembers it; a session no one can find is not left behind. */
    MutableIssue create(Pairing pairing, Session session, WorkSchema.Setup setup, ApplicationUser user) {
        ApplicationUser manager = actors.user(pairing.manager());
        ApplicationUser report = actors.user(pairing.report());
        IssueInputParameters parameters = issues.parameters();
        parameters.setProjectId(setup.project().getId());
        parameters.setSecurityLevelId(setup.securityLevel());
        parameters.setIssueTypeId(setup.oneOnOne().getId());
        parameters.setSummary(summary(manager, report, session));
        parameters.setReporterId(manager.getUsername());
        parameters.setAssigneeId(report.getUsername());
        put(parameters, SessionField.SESSION_DATE, dates.moment(session.scheduledAt()));
        MutableIssue created = issues.create(user, parameters, "throughline.work.sessionRefused");
        try {
            sessions.remember(session.id(), created.getId());
        } catch (RuntimeException e) {
            issues.undone(created, e);
            throw e;
        }
        return created;
    }

    /** Writes what Jira shows of the session now: a held one's notes, talk share and recap, or what became of it. */
    void update(Pairing pairing, Session session, Long issueId, ApplicationUser user) {
        IssueInputParameters parameters = issues.parameters();
        boolean changed = session.state() == SessionState.HELD ? held(parameters, session)
                : session.state() != SessionState.SCHEDULED && closed(parameters, pairing, session);
        if (changed) {
            issues.update(user, issueId, parameters, "throughline.work.updateRefused");
        }
    }

    /**
     * The notes and the recap are written whole each time, an empty value where there is none: what the manager
     * removed must not stay in the issue (nor in its search index).
     */
    private boolean held(IssueInputParameters parameters, Session session) {
        boolean changed = put(parameters, SessionField.PROGRESS_CHECK, notes(session, Segment.PROGRESS_CHECK));
        changed |= put(parameters, SessionField.BLOCKER_CLEARING, notes(session, Segment.BLOCKER_CLEARING));
        changed |= put(parameters, SessionField.DEVELOPMENT_THREAD, notes(session, Segment.DEVELOPMENT_THREAD));
        if (session.talkTime().isRecorded()) {
            changed |= put(parameters, SessionField.TALK_SHARE,
                    String.valueOf(session.talkTime().managerSharePercent()));
        }
        changed |= put(parameters, SessionField.RECAP, orEmpty(session.recapValue().map(Recap::text).orElse(null)));
        return changed;
    }

    /** An empty value clears a text field, as the edit screen's empty box does. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private boolean closed(IssueInputParameters parameters, Pairing pairing, Session session) {
        String summary = summary(actors.user(pairing.manager()), actors.user(pairing.report()), session);
        parameters.setSummary(session.state() == SessionState.RESCHEDULED && session.rescheduledTo() != null
                ? IssueText.closed(summary, "throughline.work.summary.rescheduled",
                        LocalDate.ofInstant(session.rescheduledTo(), zone).toString())
                : IssueText.closed(summary, "throughline.work.summary.cancelled"));
        return true;
    }

    private String summary(ApplicationUser manager, ApplicationUser report, Session session) {
        return IssueText.session(manager.getDisplayName(), report.getDisplayName(), session.date(zone));
    }

    /** Sets the field when Jira has it and there is a value; a field that is not there is skipped. */
    private boolean put(IssueInputParameters parameters, SessionField field, String value) {
        if (value == null) {
            return false;
        }
        return schema.field(field).map(found -> {
            parameters.addCustomFieldValue(found.getIdAsLong(), value);
            return true;
        }).orElse(false);
    }

    private static String notes(Session session, Segment segment) {
        return orEmpty(session.segment(segment).notes());
    }
}
