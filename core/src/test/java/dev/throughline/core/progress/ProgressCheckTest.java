package dev.throughline.core.progress;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.commitment.TrackedCommitment;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.throughline.core.progress.HistoryFixture.ZONE;
import static dev.throughline.core.progress.HistoryFixture.cancelled;
import static dev.throughline.core.progress.HistoryFixture.commitment;
import static dev.throughline.core.progress.HistoryFixture.held;
import static dev.throughline.core.progress.HistoryFixture.history;
import static dev.throughline.core.progress.HistoryFixture.scheduled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressCheckTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_8 = LocalDate.of(2026, 12, 8);
    private static final LocalDate DEC_15 = LocalDate.of(2026, 12, 15);

    private static List<String> texts(ProgressCheck check) {
        return check.commitments().stream().map(item -> item.commitment().text()).toList();
    }

    @Test
    void looksBackPastACancelledSessionToThePreviousHeldOne() {
        Session current = scheduled(30, DEC_15);
        PairingHistory history = history(List.of(held(10, DEC_1, "Q1 roadmap"), cancelled(20, DEC_8), current),
                List.of(), List.of());

        ProgressCheck check = ProgressCheck.of(history, current, DEC_15, ZONE);

        assertFalse(check.firstSession());
        assertEquals(Optional.of(DEC_1), check.previousDate());
        assertEquals(Optional.of("Q1 roadmap"), check.previousFocus());
        assertEquals(Optional.empty(), check.messageKey());
    }

    @Test
    void carriesEverythingFromThePreviousSessionAndWhatIsStillNotDoneFromEarlierOnes() {
        Session older = held(5, DEC_1.minusDays(7), "onboarding");
        Session previous = held(10, DEC_1, "Q1 roadmap");
        Session current = scheduled(30, DEC_15);
        List<Commitment> commitments = List.of(
                commitment(1, 10, DEC_1, Party.REPORT, "done in previous", DEC_8).complete(DEC_8),
                commitment(2, 10, DEC_1, Party.MANAGER, "open from previous", DEC_15),
                commitment(3, 5, DEC_1.minusDays(7), Party.REPORT, "still open from older", null),
                commitment(4, 5, DEC_1.minusDays(7), Party.REPORT, "done in older", DEC_1).complete(DEC_1),
                commitment(5, 20, DEC_8, Party.MANAGER, "open from cancelled", null),
                commitment(6, 20, DEC_8, Party.MANAGER, "done from cancelled", null).complete(DEC_8));
        PairingHistory history = history(List.of(older, previous, cancelled(20, DEC_8), current), commitments,
                List.of());

        ProgressCheck check = ProgressCheck.of(history, current, DEC_15, ZONE);

        assertEquals(List.of("open from previous", "still open from older", "open from cancelled",
                "done in previous"), texts(check));
    }

    @Test
    void commitmentsMadeInTheCurrentSessionAreNotCarried() {
        Session previous = held(10, DEC_1, null);
        Session current = held(30, DEC_15, "hiring");
        PairingHistory history = history(List.of(previous, current), List.of(
                commitment(1, 10, DEC_1, Party.REPORT, "from last time", null),
                commitment(2, 30, DEC_15, Party.REPORT, "made today", null)), List.of());

        assertEquals(List.of("from last time"), texts(ProgressCheck.of(history, current, DEC_15, ZONE)));
    }

    @Test
    void commitmentsFromLaterSessionsAreNotCarriedIntoAnOlderOne() {
        Session first = held(10, DEC_1, null);
        Session second = held(20, DEC_8, null);
        Session third = held(30, DEC_15, null);
        PairingHistory history = history(List.of(first, second, third), List.of(
                commitment(1, 10, DEC_1, Party.REPORT, "from the first", null),
                commitment(2, 30, DEC_15, Party.REPORT, "from the third", null)), List.of());

        ProgressCheck check = ProgressCheck.of(history, second, DEC_15, ZONE);

        assertEquals(Optional.of(DEC_1), check.previousDate());
        assertEquals(List.of("from the first"), texts(check));
    }

    @Test
    void firstSessionSaysSoInsteadOfLookingBack() {
        Session current = scheduled(10, DEC_1);
        ProgressCheck check = ProgressCheck.of(history(List.of(current), List.of(), List.of()), current, DEC_1, ZONE);

        assertTrue(check.firstSession());
        assertEquals(Optional.of("progress.first-session"), check.messageKey());
        assertEquals(Optional.empty(), check.previousDate());
        assertEquals(Optional.empty(), check.previousFocus());
        assertTrue(check.commitments().isEmpty());
        assertTrue(BundleMessages.english().has(ProgressCheck.FIRST_SESSION_KEY));
        assertNotEquals(ProgressCheck.FIRST_SESSION_KEY,
                BundleMessages.english().get(check.messageKey().orElseThrow()));
    }

    @Test
    void firstSessionStillListsWhatIsNotDoneFromACancelledSession() {
        Session current = scheduled(20, DEC_8);
        PairingHistory history = history(List.of(cancelled(10, DEC_1), current), List.of(
                commitment(1, 10, DEC_1, Party.REPORT, "read the onboarding guide", null),
                commitment(2, 10, DEC_1, Party.MANAGER, "order a laptop", null).complete(DEC_1)), List.of());

        ProgressCheck check = ProgressCheck.of(history, current, DEC_8, ZONE);

        assertTrue(check.firstSession());
        assertEquals(List.of("read the onboarding guide"), texts(check));
    }

    @Test
    void aPreviousSessionWithoutFocusHasNone() {
        Session current = scheduled(20, DEC_8);
        PairingHistory history = history(List.of(held(10, DEC_1, "  "), current), List.of(), List.of());

        assertEquals(Optional.empty(), ProgressCheck.of(history, current, DEC_8, ZONE).previousFocus());
    }

    static Stream<Arguments> statusOnTheDay() {
        return Stream.of(
                Arguments.of(DEC_15, null, CommitmentStatus.OPEN),
                Arguments.of(DEC_15.plusDays(1), null, CommitmentStatus.OPEN),
                Arguments.of(DEC_15.minusDays(1), null, CommitmentStatus.MISSED),
                Arguments.of(DEC_1, null, CommitmentStatus.MISSED),
                Arguments.of(null, null, CommitmentStatus.OPEN),
                Arguments.of(DEC_1, DEC_8, CommitmentStatus.DONE),
                Arguments.of(DEC_15, DEC_15, CommitmentStatus.DONE));
    }

    @ParameterizedTest(name = "due {0}, done {1} -> {2}")
    @MethodSource("statusOnTheDay")
    void dueTodayIsOpenDueYesterdayIsMissedAndDoneWins(LocalDate due, LocalDate doneOn, CommitmentStatus expected) {
        Commitment made = commitment(1, 10, DEC_1, Party.REPORT, "ship the importer", due);
        Commitment commitment = doneOn == null ? made : made.complete(doneOn);
        Session current = scheduled(20, DEC_15);
        PairingHistory history = history(List.of(held(10, DEC_1, null), current), List.of(commitment), List.of());

        ProgressCheck check = ProgressCheck.of(history, current, DEC_15, ZONE);

        assertEquals(List.of(expected), check.commitments().stream().map(TrackedCommitment::status).toList());
        assertEquals(1, check.count(expected));
    }

    @Test
    void missedFirstThenOpenThenDoneEachByDueDateUndatedLastThenId() {
        LocalDate today = DEC_15;
        List<Commitment> commitments = List.of(
                commitment(1, 10, DEC_1, Party.REPORT, "done undated", null).complete(DEC_8),
                commitment(2, 10, DEC_1, Party.REPORT, "open undated b", null),
                commitment(3, 10, DEC_1, Party.REPORT, "missed late", DEC_8),
                commitment(4, 10, DEC_1, Party.REPORT, "open soon", today),
                commitment(5, 10, DEC_1, Party.REPORT, "done early", DEC_1).complete(DEC_1),
                commitment(6, 10, DEC_1, Party.REPORT, "missed early", DEC_1),
                commitment(7, 10, DEC_1, Party.REPORT, "open later", today.plusDays(3)),
                commitment(0, 10, DEC_1, Party.REPORT, "open undated a", null));
        Session current = scheduled(20, today);
        PairingHistory history = history(List.of(held(10, DEC_1, null), current), commitments, List.of());

        ProgressCheck check = ProgressCheck.of(history, current, today, ZONE);

        assertEquals(List.of("missed early", "missed late", "open soon", "open later", "open undated a",
                "open undated b", "done early", "done undated"), texts(check));
        assertEquals(2, check.missedCount());
        assertEquals(4, check.openCount());
        assertEquals(2, check.doneCount());
    }

    @Test
    void clockVariantReadsTodayAndSessionDatesInTheClocksZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant lateEveningUtc = Instant.parse("2026-12-01T20:00:00Z");
        Session previous = Session.scheduled(HistoryFixture.PAIRING_ID, lateEveningUtc).withId(10)
                .hold(lateEveningUtc.plusSeconds(1800));
        Session current = scheduled(20, DEC_15);
        Commitment dueDec15 = commitment(1, 10, DEC_1, Party.REPORT, "due on the 15th", DEC_15);
        PairingHistory history = history(List.of(previous, current), List.of(dueDec15), List.of());
        Clock tokyoMorningDec16 = Clock.fixed(Instant.parse("2026-12-15T23:30:00Z"), tokyo);

        ProgressCheck check = ProgressCheck.of(history, current, tokyoMorningDec16);

        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), check.previousDate());
        assertEquals(1, check.missedCount());
    }
}
