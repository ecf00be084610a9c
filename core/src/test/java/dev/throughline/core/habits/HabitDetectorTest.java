package dev.throughline.core.habits;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.CLOCK;
import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.heldOn;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.HabitFixture.on;
import static dev.throughline.core.habits.HabitFixture.pairing;
import static dev.throughline.core.habits.HabitFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HabitDetectorTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    /** A history showing all five habits at once. */
    private static PairingHistory everyHabit() {
        Instant start = on(MARCH_3);
        Session careless = scheduled(10, start).openSegment(Segment.PROGRESS_CHECK, start)
                .recordNotes(Segment.PROGRESS_CHECK, "Importer late again.")
                .hold(start.plus(Duration.ofMinutes(30)))
                .recordTalk(new TalkTime(800, 200));
        Session moved = scheduled(11, on(MARCH_3.plusDays(3))).reschedule(on(MARCH_3.plusDays(6)), on(MARCH_3.plusDays(1)));
        List<Commitment> tasks = Collections.nCopies(3, Commitment.make(1, 10, MARCH_3, Party.REPORT,
                "Fix the flaky test", MARCH_3.plusDays(2), CommitmentKind.OTHER));
        DevelopmentThread overdue = DevelopmentThread.start(1, UserKey.of("raj"), LocalDate.of(2026, 2, 2),
                "Stakeholder communication", null, null, null, "Draft the summary", LocalDate.of(2026, 3, 1), false);
        return history(List.of(careless, moved), tasks, List.of(overdue));
    }

    @Test
    void aWellRunPairingRaisesNoWarning() {
        assertEquals(List.of(), detect(history(heldOn(1, MARCH_3.minusDays(7)), heldOn(2, MARCH_3))));
    }

    @Test
    void warningsComeInHabitOrderThenByDate() {
        List<HabitWarning> warnings = detect(everyHabit());

        assertEquals(List.of("TALKS_TOO_MUCH/10", "AVOIDS_HARD_TOPICS/0", "AVOIDS_HARD_TOPICS/10",
                        "CANCELS_SESSIONS/11", "ASSIGNS_WORK/10", "SKIPS_NOTES/10"),
                warnings.stream().map(w -> w.habit() + "/" + w.sessionId()).toList());
    }

    @Test
    void acrossPairingsWarningsAreOrderedByHabitThenDate() {
        PairingHistory raj = everyHabit();
        Session talkative = heldOn(20, MARCH_3.minusDays(7)).recordTalk(new TalkTime(900, 100));
        PairingHistory ann = new PairingHistory(pairing(2, "ann"), List.of(talkative), List.of(), List.of());

        List<HabitWarning> warnings = new HabitDetector(CLOCK).detect(List.of(raj, ann));

        assertEquals(ManagerHabit.TALKS_TOO_MUCH, warnings.get(0).habit());
        assertEquals(20, warnings.get(0).sessionId());
        assertEquals(ManagerHabit.TALKS_TOO_MUCH, warnings.get(1).habit());
        assertEquals(10, warnings.get(1).sessionId());
        assertEquals(7, warnings.size());
    }

    @Test
    void everyWarningNamesItsPairingAndHasReadableEvidence() {
        BundleMessages english = BundleMessages.english();
        for (HabitWarning warning : detect(everyHabit())) {
            assertEquals(1, warning.pairingId());
            assertTrue(english.has(warning.evidenceKey()), warning.evidenceKey());
            String evidence = warning.evidence(english);
            assertTrue(!evidence.contains("{") && evidence.matches(".*\\d.*"), evidence);
        }
    }

    @ParameterizedTest
    @EnumSource(ManagerHabit.class)
    void everyHabitHasANameAndAdvice(ManagerHabit habit) {
        BundleMessages english = BundleMessages.english();
        assertTrue(english.has(habit.nameKey()), habit.nameKey());
        assertTrue(english.has(habit.adviceKey()), habit.adviceKey());
    }

    @Test
    void habitKeysUseTheHyphenatedId() {
        assertEquals("habit.talks-too-much.name", ManagerHabit.TALKS_TOO_MUCH.nameKey());
        assertEquals("habit.skips-notes.advice", ManagerHabit.SKIPS_NOTES.adviceKey());
    }
}
