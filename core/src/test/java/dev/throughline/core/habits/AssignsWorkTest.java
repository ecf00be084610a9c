package dev.throughline.core.habits;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.heldOn;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.ManagerHabit.ASSIGNS_WORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AssignsWorkTest {

    private static final LocalDate LAST_WEEK = LocalDate.of(2026, 3, 3);
    private static final Session EARLIER = heldOn(1, LAST_WEEK.minusDays(7));
    private static final Session LATEST = heldOn(2, LAST_WEEK);

    private static Commitment made(Session session, Party owner, CommitmentKind kind) {
        LocalDate date = session.date(HabitFixture.ZONE);
        return Commitment.make(1, session.id(), date, owner, "Write the migration plan", date.plusDays(7), kind);
    }

    private static List<Commitment> reportTasks(Session session, int count) {
        List<Commitment> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(made(session, Party.REPORT, CommitmentKind.OTHER));
        }
        return tasks;
    }

    private static List<HabitWarning> detectWith(List<Commitment> commitments) {
        return detect(history(List.of(EARLIER, LATEST), commitments, List.of()), ASSIGNS_WORK);
    }

    @ParameterizedTest(name = "{0} new report tasks: fine")
    @ValueSource(ints = {0, 1, 2})
    void upToTwoNewReportTasksAreFine(int count) {
        assertEquals(List.of(), detectWith(reportTasks(LATEST, count)));
    }

    @ParameterizedTest(name = "{0} new report tasks: warns")
    @ValueSource(ints = {3, 5})
    void warnsWhenTheLatestSessionGaveTheReportMoreThanTwoNewTasks(int count) {
        List<HabitWarning> warnings = detectWith(reportTasks(LATEST, count));
        assertEquals(1, warnings.size());
        assertEquals(2, warnings.get(0).sessionId());
        assertEquals(List.of((long) count, LAST_WEEK), warnings.get(0).evidenceArgs());
    }

    @Test
    void evidenceGivesTheCount() {
        HabitWarning warning = detectWith(reportTasks(LATEST, 3)).get(0);
        assertEquals("The one-on-one of 2026-03-03 gave the report 3 new tasks.",
                warning.evidence(BundleMessages.english()));
    }

    @Test
    void managerTasksDevelopmentStepsAndFollowUpsAreNotCounted() {
        List<Commitment> commitments = new ArrayList<>(reportTasks(LATEST, 2));
        commitments.add(made(LATEST, Party.MANAGER, CommitmentKind.OTHER));
        commitments.add(made(LATEST, Party.REPORT, CommitmentKind.DEVELOPMENT_STEP));
        commitments.add(made(LATEST, Party.MANAGER, CommitmentKind.BLOCKER_FOLLOW_UP));
        assertEquals(List.of(), detectWith(commitments));
    }

    @Test
    void tasksFromEarlierSessionsAreNotCounted() {
        List<Commitment> commitments = new ArrayList<>(reportTasks(EARLIER, 4));
        commitments.addAll(reportTasks(LATEST, 1));
        assertEquals(List.of(), detectWith(commitments));
    }
}
