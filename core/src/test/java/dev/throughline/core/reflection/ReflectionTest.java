package dev.throughline.core.reflection;

import dev.throughline.core.development.DevelopmentSummary;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReflectionTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    private final Reflection reflection = new Reflection(CLOCK);

    private static Pairing pairing(long id, String report) {
        return new Pairing(id, UserKey.of("mia"), UserKey.of(report), LocalDate.of(2024, 1, 8), null, false, null);
    }

    private static DevelopmentThread thread(Pairing pairing, LocalDate reviewDate) {
        return DevelopmentThread.start(pairing.id(), pairing.report(), LocalDate.of(2026, 1, 5),
                "Stakeholder communication", "Leads the quarterly review", "Summaries run long",
                "One page, decisions first", "Draft the summary", reviewDate, false);
    }

    private static PairingHistory history(Pairing pairing, DevelopmentThread... threads) {
        return new PairingHistory(pairing, List.of(), List.of(), List.of(threads));
    }

    private ReflectionLine only(PairingHistory history) {
        return reflection.reflect(List.of(history)).get(0);
    }

    @Test
    void withoutAnActiveThreadTheReportCouldNotSay() {
        ReflectionLine line = only(history(pairing(1, "raj")));
        assertFalse(line.canSay());
        assertEquals(ReflectionLine.NO_THREAD, line.reasonKey());
        assertEquals(Optional.empty(), line.answer());
    }

    @Test
    void aParkedOrAchievedThreadIsNoAnswer() {
        Pairing raj = pairing(1, "raj");
        ReflectionLine line = only(history(raj, thread(raj, TODAY.plusDays(5)).withStatus(ThreadStatus.PARKED),
                thread(raj, TODAY.plusDays(5)).withStatus(ThreadStatus.ACHIEVED)));
        assertFalse(line.canSay());
        assertEquals(ReflectionLine.NO_THREAD, line.reasonKey());
    }

    @ParameterizedTest(name = "review {0}: can say {1}")
    @CsvSource({
            "2026-03-09, false, reflection.reason.review-overdue",
            "2026-03-10, true, reflection.reason.clear",
            "2026-03-24, true, reflection.reason.clear"
    })
    void anOverdueReviewMeansTheReportCouldNotSay(LocalDate reviewDate, boolean canSay, String reason) {
        Pairing raj = pairing(1, "raj");
        ReflectionLine line = only(history(raj, thread(raj, reviewDate)));
        assertEquals(canSay, line.canSay());
        assertEquals(reason, line.reasonKey());
    }

    @Test
    void aThreadThatNamesNothingToWorkOnIsNoAnswerToTheQuestion() {
        Pairing raj = pairing(1, "raj");
        DevelopmentThread areaOnly = DevelopmentThread.start(raj.id(), raj.report(), LocalDate.of(2026, 1, 5),
                "Code review", null, null, null, null, TODAY.plusDays(7), false);
        ReflectionLine line = only(history(raj, areaOnly));
        assertFalse(line.canSay());
        assertEquals(ReflectionLine.NOTHING_NAMED, line.reasonKey());

        DevelopmentThread withStep = DevelopmentThread.start(raj.id(), raj.report(), LocalDate.of(2026, 1, 5),
                "Code review", null, null, null, "Review two pull requests a day", TODAY.plusDays(7), false);
        assertTrue(only(history(raj, withStep)).canSay(), "a next step is something to work on");
    }

    @Test
    void theAnswerIsTheSummaryOfTheActiveThread() {
        Pairing raj = pairing(1, "raj");
        DevelopmentThread active = thread(raj, TODAY.minusDays(1));
        ReflectionLine line = only(history(raj, active));

        DevelopmentSummary answer = line.answer().orElseThrow();
        assertEquals("Stakeholder communication — Leads the quarterly review", answer.developedToward(dev.throughline.core.i18n.BundleMessages.english()));
        assertEquals(Optional.of("Summaries run long"), answer.workOn());
        assertTrue(answer.reviewOverdue());
        assertEquals(raj, line.pairing());
    }

    @Test
    void reportsWhoCouldNotSayComeFirstThenByReportKey() {
        Pairing zoe = pairing(1, "zoe");
        Pairing bob = pairing(2, "bob");
        Pairing amy = pairing(3, "amy");
        Pairing al = pairing(4, "al");
        List<PairingHistory> team = List.of(
                history(bob, thread(bob, TODAY.plusDays(7))),
                history(zoe),
                history(al, thread(al, TODAY.plusDays(2))),
                history(amy, thread(amy, TODAY.minusDays(3))));

        List<ReflectionLine> lines = reflection.reflect(team);

        assertEquals(List.of("amy", "zoe", "al", "bob"),
                lines.stream().map(line -> line.pairing().report().value()).toList());
        assertEquals(List.of(ReflectionLine.REVIEW_OVERDUE, ReflectionLine.NO_THREAD, ReflectionLine.CLEAR,
                ReflectionLine.CLEAR), lines.stream().map(ReflectionLine::reasonKey).toList());
    }

    @Test
    void theQuestionAndEveryReasonHaveText() {
        BundleMessages english = BundleMessages.english();
        assertEquals("Could each report say what I think they should work on to grow?",
                english.get(Reflection.QUESTION_KEY));
        for (String key : List.of(ReflectionLine.NO_THREAD, ReflectionLine.REVIEW_OVERDUE, ReflectionLine.NOTHING_NAMED,
                ReflectionLine.CLEAR)) {
            assertTrue(english.has(key), key);
        }
    }
}
