package dev.throughline.core.prep;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The one development topic to raise: the active thread whose review is due soonest, or — when the report has no
 * active thread — a prompt to introduce one.
 *
 * @param reviewDue the thread's review date is on or before the upcoming session's date
 * @param promptKey i18n key of what the manager should do with the topic
 */
public record DevelopmentTopic(Optional<DevelopmentThread> thread, boolean reviewDue, String promptKey) {

    /** Agree a growth area, what the next level looks like and a first step. */
    public static final String INTRODUCE_KEY = "prep.topic.introduce";
    public static final String REVIEW_KEY = "prep.topic.review";
    public static final String CONTINUE_KEY = "prep.topic.continue";

    private static final Comparator<DevelopmentThread> SOONEST_REVIEW =
            Comparator.comparing(DevelopmentThread::reviewDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(DevelopmentThread::id);

    public DevelopmentTopic {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(promptKey, "promptKey");
    }

    static DevelopmentTopic choose(PairingHistory history, LocalDate sessionDate) {
        return history.threads().stream()
                .filter(DevelopmentThread::isActive)
                .min(SOONEST_REVIEW)
                .map(thread -> about(thread, sessionDate))
                .orElseGet(() -> new DevelopmentTopic(Optional.empty(), false, INTRODUCE_KEY));
    }

    private static DevelopmentTopic about(DevelopmentThread thread, LocalDate sessionDate) {
        boolean due = thread.reviewDate() != null && !thread.reviewDate().isAfter(sessionDate);
        return new DevelopmentTopic(Optional.of(thread), due, due ? REVIEW_KEY : CONTINUE_KEY);
    }
}
