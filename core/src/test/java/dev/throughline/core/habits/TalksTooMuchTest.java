package dev.throughline.core.habits;

import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.throughline.core.habits.HabitFixture.detect;
import static dev.throughline.core.habits.HabitFixture.heldOn;
import static dev.throughline.core.habits.HabitFixture.history;
import static dev.throughline.core.habits.ManagerHabit.TALKS_TOO_MUCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TalksTooMuchTest {

    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    private static Session talked(long id, LocalDate date, long managerSeconds, long reportSeconds) {
        return heldOn(id, date).recordTalk(new TalkTime(managerSeconds, reportSeconds));
    }

    @ParameterizedTest(name = "manager {0}s, report {1}s: warns {2}")
    @CsvSource({
            "400, 600, false",   // exactly 40%
            "401, 599, true",    // 40.1%
            "4004, 5996, true",  // 40.04%: rounds to 40 but is more
            "396, 604, false",   // 39.6%: rounds to 40 but is not more
            "2, 3, false",       // exactly 40% in small numbers
            "900, 100, true",
            "0, 600, false"
    })
    void warnsWhenTheManagerSpokeMoreThanFortyPercent(long managerSeconds, long reportSeconds, boolean warns) {
        List<HabitWarning> warnings = detect(history(talked(1, MARCH_3, managerSeconds, reportSeconds)),
                TALKS_TOO_MUCH);
        assertEquals(warns, !warnings.isEmpty());
    }

    @Test
    void evidenceGivesTheShareAndTheDate() {
        HabitWarning warning = detect(history(talked(7, MARCH_3, 401, 599)), TALKS_TOO_MUCH).get(0);

        assertEquals(7, warning.sessionId());
        assertEquals(1, warning.pairingId());
        assertEquals(List.of(new BigDecimal("40.1"), MARCH_3), warning.evidenceArgs());
        assertEquals("You did 40.1% of the talking in the one-on-one of 2026-03-03.",
                warning.evidence(BundleMessages.english()));
    }

    @Test
    void aShareJustOverFortyNeverReadsAsForty() {
        HabitWarning warning = detect(history(talked(1, MARCH_3, 40_001, 59_999)), TALKS_TOO_MUCH).get(0);
        assertTrue(warning.evidence(BundleMessages.english()).contains("40.1%"));
    }

    @Test
    void onlyTheLatestSessionWithRecordedTalkIsJudged() {
        Session talkative = talked(1, MARCH_3.minusDays(7), 800, 200);
        Session better = talked(2, MARCH_3, 300, 700);
        assertEquals(List.of(), detect(history(talkative, better), TALKS_TOO_MUCH));
    }

    @Test
    void aLaterSessionWithoutRecordedTalkDoesNotHideTheLastMeasurement() {
        Session talkative = talked(1, MARCH_3.minusDays(7), 800, 200);
        Session unmeasured = heldOn(2, MARCH_3);
        List<HabitWarning> warnings = detect(history(talkative, unmeasured), TALKS_TOO_MUCH);
        assertEquals(1, warnings.size());
        assertEquals(1, warnings.get(0).sessionId());
    }

    @Test
    void noWarningWithoutAnyRecordedTalk() {
        assertEquals(List.of(), detect(history(heldOn(1, MARCH_3)), TALKS_TOO_MUCH));
    }
}
