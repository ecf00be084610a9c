package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions are not happening as planned:
 * <ul>
 *     <li>more than two sessions in a row were cancelled. The run is counted in the order the sessions were
 *     scheduled; a held session ends it, rescheduled and still-scheduled sessions neither count nor end it.
 *     Only the current run (since the last held session) is judged, so holding a session clears the warning;</li>
 *     <li>a session rescheduled in the last 28 days was moved into another calendar (ISO) week.</li>
 * </ul>
 */
final class CancelsSessions implements HabitRule {

    static final int MAX_CANCELLED_IN_A_ROW = 2;
    static final Duration RESCHEDULE_WINDOW = Duration.ofDays(28);
    static final String EVIDENCE_IN_A_ROW = "habit.cancels-sessions.evidence.in-a-row";
    static final String EVIDENCE_MOVED_WEEK = "habit.cancels-sessions.evidence.moved-week";

    @Override
    public List<Finding> find(PairingHistory history, Now now) {
        List<Finding> findings = new ArrayList<>();
        List<Session> run = currentCancelledRun(history);
        if (run.size() > MAX_CANCELLED_IN_A_ROW) {
            LocalDate last = now.dateOf(run.get(run.size() - 1));
            findings.add(Finding.aboutPairing(ManagerHabit.CANCELS_SESSIONS, history, last, EVIDENCE_IN_A_ROW,
                    run.size(), dates(run, now)));
        }
        history.sessions().stream()
                .filter(session -> rescheduledRecently(session, now))
                .filter(session -> movedToAnotherWeek(session, now))
                .map(session -> Finding.about(ManagerHabit.CANCELS_SESSIONS, session, now, EVIDENCE_MOVED_WEEK,
                        now.dateOf(session), now.date(session.rescheduledTo())))
                .forEach(findings::add);
        return findings;
    }

    private static List<Session> currentCancelledRun(PairingHistory history) {
        List<Session> run = new ArrayList<>();
        for (Session session : history.sessions()) {
            if (session.state() == SessionState.HELD) {
                run.clear();
            } else if (session.state() == SessionState.CANCELLED) {
                run.add(session);
            }
        }
        return run;
    }

    /** The days, for the view to write as it writes any date. */
    private static List<LocalDate> dates(List<Session> sessions, Now now) {
        return sessions.stream().map(now::dateOf).toList();
    }

    private static boolean rescheduledRecently(Session session, Now now) {
        return session.state() == SessionState.RESCHEDULED && session.stateChangedAt() != null
                && session.rescheduledTo() != null
                && !session.stateChangedAt().isBefore(now.instant().minus(RESCHEDULE_WINDOW));
    }

    private static boolean movedToAnotherWeek(Session session, Now now) {
        return !weekStart(now.dateOf(session)).equals(weekStart(now.date(session.rescheduledTo())));
    }

    /** The Monday of the date's ISO week. */
    private static LocalDate weekStart(LocalDate date) {
        return date.with(WeekFields.ISO.dayOfWeek(), 1);
    }
}
