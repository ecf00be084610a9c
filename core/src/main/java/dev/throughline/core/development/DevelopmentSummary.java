package dev.throughline.core.development;

import dev.throughline.core.i18n.Messages;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The report's own answer, at any time, to "What am I being developed toward?" and "What does my manager
 * think I need to work on?". Empty when no thread is active — which is itself the answer the report (and the
 * manager's reflection) should see.
 *
 * @param developedToward the growth area and, when set, what the next level looks like
 * @param workOn          the gap the manager sees and what good looks like
 */
public record DevelopmentSummary(String growthArea, String target, String gap, String whatGoodLooksLike,
                                 String nextStep, LocalDate reviewDate, boolean reviewOverdue) {

    /** "Stakeholder communication — runs the quarterly review". */
    public static final String TOWARD_KEY = "development.toward";

    /** The summary of the report's active thread, if they have one. */
    public static Optional<DevelopmentSummary> of(Optional<DevelopmentThread> active, LocalDate today) {
        return active.filter(DevelopmentThread::isActive).map(thread -> new DevelopmentSummary(thread.growthArea(),
                thread.target(), thread.gap(), thread.whatGoodLooksLike(), thread.nextStep(), thread.reviewDate(),
                thread.isReviewOverdue(today)));
    }

    /** One line, for a list: the growth area, and the target when there is one, in the language of {@code messages}. */
    public String developedToward(Messages messages) {
        return target == null ? growthArea : messages.get(TOWARD_KEY, growthArea, target);
    }

    /** What to work on: the gap when the manager named one, else the next step. */
    public Optional<String> workOn() {
        return Optional.ofNullable(gap != null ? gap : nextStep);
    }
}
