package dev.throughline.core.development;

import dev.throughline.core.DomainException;
import dev.throughline.core.Texts;
import dev.throughline.core.people.UserKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The recurring growth conversation with one report: what they are being developed toward, the gap, what good
 * looks like, the agreed next step and when it is reviewed — with one history entry per session that touched it.
 *
 * @param growthArea        the skill or area being grown ("stakeholder communication")
 * @param target            what the next level looks like
 * @param gap               where the report is today against that target
 * @param whatGoodLooksLike the concrete standard
 * @param gapFlagged        the manager flagged the gap as a performance concern: development scripts go firm
 * @param entries           history, oldest first
 */
public record DevelopmentThread(long id, long pairingId, UserKey report, String growthArea, String target,
                                String gap, String whatGoodLooksLike, String nextStep, LocalDate reviewDate,
                                ThreadStatus status, boolean gapFlagged, LocalDate startedOn,
                                List<ThreadEntry> entries, long version) {

    /** Default time until a next step is reviewed. */
    public static final int DEFAULT_REVIEW_DAYS = 14;

    public DevelopmentThread {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(startedOn, "startedOn");
        growthArea = Texts.required(growthArea, "growthArea", Texts.SHORT_MAX);
        target = Texts.optional(target, "target", Texts.SHORT_MAX);
        gap = Texts.optional(gap, "gap", Texts.SHORT_MAX);
        whatGoodLooksLike = Texts.optional(whatGoodLooksLike, "whatGoodLooksLike", Texts.SHORT_MAX);
        nextStep = Texts.optional(nextStep, "nextStep", Texts.SHORT_MAX);
        status = status == null ? ThreadStatus.ACTIVE : status;
        entries = entries == null ? List.of()
                : entries.stream().sorted(Comparator.comparing(ThreadEntry::date)
                        .thenComparingLong(ThreadEntry::sessionId)).toList();
        if (reviewDate != null && reviewDate.isBefore(startedOn)) {
            throw new DomainException("error.thread.review.before", "reviewDate");
        }
    }

    /**
     * Starts a thread in a session held on {@code on}. Without a review date the next step is reviewed
     * two weeks later.
     */
    public static DevelopmentThread start(long pairingId, UserKey report, LocalDate on, String growthArea,
                                          String target, String gap, String whatGoodLooksLike, String nextStep,
                                          LocalDate reviewDate, boolean gapFlagged) {
        LocalDate review = reviewDate != null ? reviewDate : on.plusDays(DEFAULT_REVIEW_DAYS);
        return new DevelopmentThread(0, pairingId, report, growthArea, target, gap, whatGoodLooksLike, nextStep,
                review, ThreadStatus.ACTIVE, gapFlagged, on, List.of(), 0);
    }

    public boolean isActive() {
        return status == ThreadStatus.ACTIVE;
    }

    /** An active thread whose review date has passed without a session touching it since. */
    public boolean isReviewOverdue(LocalDate today) {
        return isActive() && reviewDate != null && reviewDate.isBefore(today)
                && lastEntry().map(entry -> entry.date().isBefore(reviewDate)).orElse(true);
    }

    public Optional<ThreadEntry> lastEntry() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** History, newest first. */
    public List<ThreadEntry> history() {
        List<ThreadEntry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Records what a session said: the note, a new next step (the current one is kept when none is given) and
     * its review date (two weeks after the session by default). One entry per session: recording again for the
     * same session replaces its entry. The thread's next step and review date are the latest session's: an entry of
     * an earlier session (completed afterwards) takes its place in the history and leaves them as they are.
     */
    public DevelopmentThread recordEntry(long sessionId, LocalDate on, String note, String newNextStep,
                                         LocalDate newReviewDate) {
        if (!isActive()) {
            throw new DomainException("error.thread.not.active", "status");
        }
        String step = Texts.optional(newNextStep, "nextStep", Texts.SHORT_MAX);
        String text = Texts.optional(note, "note", Texts.LONG_MAX);
        if (text == null && step == null) {
            throw new DomainException("error.thread.entry.empty", "note");
        }
        LocalDate review = newReviewDate != null ? newReviewDate : on.plusDays(DEFAULT_REVIEW_DAYS);
        if (review.isBefore(on)) {
            throw new DomainException("error.thread.review.before", "reviewDate");
        }
        List<ThreadEntry> history = new ArrayList<>(entries);
        history.removeIf(entry -> entry.sessionId() == sessionId);
        boolean latest = history.stream().noneMatch(entry -> entry.date().isAfter(on));
        // Without a new step the entry keeps the one agreed by then: the thread's, or an earlier entry's.
        String stepThen = step != null ? step : latest ? nextStep : history.stream()
                .filter(entry -> !entry.date().isAfter(on)).reduce((earlier, later) -> later)
                .map(ThreadEntry::nextStep).orElse(null);
        history.add(new ThreadEntry(sessionId, on, text, stepThen, review));
        return new DevelopmentThread(id, pairingId, report, growthArea, target, gap, whatGoodLooksLike,
                latest ? stepThen : nextStep, latest ? review : reviewDate, status, gapFlagged, startedOn, history,
                version);
    }

    /** Changes what the thread is about: target, gap, standard and the performance flag. */
    public DevelopmentThread redefine(String newGrowthArea, String newTarget, String newGap, String newWhatGood,
                                      boolean newGapFlagged) {
        return new DevelopmentThread(id, pairingId, report, newGrowthArea, newTarget, newGap, newWhatGood, nextStep,
                reviewDate, status, newGapFlagged, startedOn, entries, version);
    }

    public DevelopmentThread withStatus(ThreadStatus newStatus) {
        Objects.requireNonNull(newStatus, "status");
        return new DevelopmentThread(id, pairingId, report, growthArea, target, gap, whatGoodLooksLike, nextStep,
                reviewDate, newStatus, gapFlagged, startedOn, entries, version);
    }

    public DevelopmentThread withId(long newId) {
        return new DevelopmentThread(newId, pairingId, report, growthArea, target, gap, whatGoodLooksLike, nextStep,
                reviewDate, status, gapFlagged, startedOn, entries, version);
    }

    public DevelopmentThread withVersion(long newVersion) {
        return new DevelopmentThread(id, pairingId, report, growthArea, target, gap, whatGoodLooksLike, nextStep,
                reviewDate, status, gapFlagged, startedOn, entries, newVersion);
    }

    /** The thread with {@code newEntries} as its history (none: the thread as a view that omits it reads it). */
    public DevelopmentThread withEntries(List<ThreadEntry> newEntries) {
        return new DevelopmentThread(id, pairingId, report, growthArea, target, gap, whatGoodLooksLike, nextStep,
                reviewDate, status, gapFlagged, startedOn, newEntries, version);
    }
}
