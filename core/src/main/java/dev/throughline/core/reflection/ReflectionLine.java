package dev.throughline.core.reflection;

import dev.throughline.core.development.DevelopmentSummary;
import dev.throughline.core.pairing.Pairing;

import java.util.Objects;
import java.util.Optional;

/**
 * One report's line in the manager's reflection.
 *
 * @param canSay    the report could say what the manager thinks they should work on: an active development
 *                  thread exists and its review is not overdue
 * @param answer    what the report would say: the summary of their active thread, if they have one
 * @param reasonKey i18n key of why: {@code reflection.reason.no-thread}, {@code reflection.reason.review-overdue}
 *                  or {@code reflection.reason.clear}
 */
public record ReflectionLine(Pairing pairing, boolean canSay, Optional<DevelopmentSummary> answer,
                             String reasonKey) {

    public static final String NO_THREAD = "reflection.reason.no-thread";
    public static final String REVIEW_OVERDUE = "reflection.reason.review-overdue";
    public static final String NOTHING_NAMED = "reflection.reason.nothing-named";
    public static final String CLEAR = "reflection.reason.clear";

    public ReflectionLine {
        Objects.requireNonNull(pairing, "pairing");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }
}
