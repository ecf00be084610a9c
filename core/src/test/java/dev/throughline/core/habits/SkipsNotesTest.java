package dev.throughline.core.habits;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.NOW;
import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.HabitFixture.run;
import static dev.throughline.core.habits.HabitFixture.scheduled;
import static dev.throughline.core.habits.ManagerHabit.SKIPS_NOTES;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SkipsNotesTest {

    private static final String NO_NOTES = "habit.skips-notes.evidence.no-notes";
    private static final String NO_RECAP = "habit.skips-notes.evidence.no-recap";

    /** A session with notes, held {@code hours} before now, without a recap. */
    private static Session heldHoursAgo(long hours) {
        Instant heldAt = NOW.minus(Duration.ofHours(hours));
        return run(3, heldAt.minus(Duration.ofMinutes(30))).hold(heldAt);
    }

    @ParameterizedTest(name = "no recap {0} h after: warns {1}")
    @CsvSource({"1, false", "23, false", "24, false", "25, true", "72, true"})
    void warnsWhenTheRecapIsMissingMoreThanADayAfterTheSession(long hours, boolean warns) {
        assertEquals(warns, !detect(history(heldHoursAgo(hours)), SKIPS_NOTES).isEmpty());
    }

    @Test
    void aRecapWithoutSpecificCommitmentsNeedNotBeSent() {
        Session withRecap = heldHoursAgo(25).withRecap(Recap.parse("Discussed the importer."));
        assertEquals(List.of(), detect(history(withRecap), SKIPS_NOTES));
    }

    @Test
    void aRecapWorthSendingMustReachTheReportWithinADay() {
        Session drafted = heldHoursAgo(25).withRecap(Recap.parse("Discussed the importer.\nNext: Raj ships it."));
        LocalDate day = LocalDate.ofInstant(drafted.scheduledAt(), HabitFixture.ZONE);
        Commitment specific = Commitment.make(HabitFixture.PAIRING.id(), drafted.id(), day, Party.REPORT,
                "Ship the importer", day.plusDays(3), CommitmentKind.OTHER);

        List<HabitWarning> unsent = detect(history(List.of(drafted), List.of(specific), List.of()), SKIPS_NOTES);
        assertEquals(List.of(NO_RECAP), unsent.stream().map(HabitWarning::evidenceKey).toList());

        Session sent = drafted.markRecapSent(NOW.minus(Duration.ofHours(2)));
        assertEquals(List.of(), detect(history(List.of(sent), List.of(specific), List.of()), SKIPS_NOTES));
        Session recent = heldHoursAgo(23).withRecap(Recap.parse("Discussed the importer."));
        assertEquals(List.of(), detect(history(List.of(recent), List.of(specific), List.of()), SKIPS_NOTES),
                "within the day");
    }

    @Test
    void missingRecapEvidenceGivesTheDateAndTheHoursSince() {
        HabitWarning warning = detect(history(heldHoursAgo(25)), SKIPS_NOTES).get(0);
        assertEquals(NO_RECAP, warning.evidenceKey());
        assertEquals(3, warning.sessionId());
        assertEquals("The report still has no recap of the one-on-one of 2026-03-09, 25 hours after it was held.",
                warning.evidence(BundleMessages.english()));
    }

    @Test
    void aSessionWithoutAnyNotesIsFlaggedAtOnce() {
        Instant start = NOW.minus(Duration.ofMinutes(40));
        Session silent = scheduled(3, start).openSegment(Segment.PROGRESS_CHECK, start)
                .hold(NOW.minus(Duration.ofMinutes(5)));

        List<HabitWarning> warnings = detect(history(silent), SKIPS_NOTES);

        assertEquals(1, warnings.size());
        assertEquals(NO_NOTES, warnings.get(0).evidenceKey());
        assertEquals("The one-on-one of 2026-03-10 has no notes in any segment.",
                warnings.get(0).evidence(BundleMessages.english()));
    }

    @Test
    void notesInOneSegmentAreEnoughUntilTheRecapIsDue() {
        Instant start = NOW.minus(Duration.ofMinutes(40));
        Session brief = scheduled(3, start).openSegment(Segment.PROGRESS_CHECK, start)
                .recordNotes(Segment.PROGRESS_CHECK, "On track.").hold(NOW.minus(Duration.ofMinutes(5)));
        assertEquals(List.of(), detect(history(brief), SKIPS_NOTES));
    }

    @Test
    void onlyTheLatestHeldSessionIsJudged() {
        Session old = heldHoursAgo(24 * 8).withId(1);
        Session latest = run(2, NOW.minus(Duration.ofHours(2))).hold(NOW.minus(Duration.ofHours(1)));
        assertEquals(List.of(), detect(history(old, latest), SKIPS_NOTES));
    }
}
