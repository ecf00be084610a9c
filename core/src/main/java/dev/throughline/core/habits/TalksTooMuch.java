package dev.throughline.core.habits;

import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The manager spoke more than 40% of the recorded talk time in the most recent held session that has talk
 * time recorded. Exactly 40% is fine; the comparison is exact, in whole seconds.
 */
final class TalksTooMuch implements HabitRule {

    static final int MAX_MANAGER_SHARE_PERCENT = 40;
    static final String EVIDENCE = "habit.talks-too-much.evidence";

    @Override
    public List<Finding> find(PairingHistory history, Now now) {
        return lastWithTalk(history)
                .filter(session -> talksTooMuch(session.talkTime()))
                .map(session -> Finding.about(ManagerHabit.TALKS_TOO_MUCH, session, now, EVIDENCE,
                        sharePercent(session.talkTime()), now.dateOf(session)))
                .stream().toList();
    }

    private static Optional<Session> lastWithTalk(PairingHistory history) {
        List<Session> held = history.held();
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).talkTime().isRecorded()) {
                return Optional.of(held.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean talksTooMuch(TalkTime talk) {
        return talk.managerSeconds() * 100 > talk.totalSeconds() * MAX_MANAGER_SHARE_PERCENT;
    }

    /** The share with one decimal, rounded up so that a share over 40% never reads as 40%. */
    private static BigDecimal sharePercent(TalkTime talk) {
        return BigDecimal.valueOf(talk.managerSeconds()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(talk.totalSeconds()), 1, RoundingMode.UP);
    }
}
