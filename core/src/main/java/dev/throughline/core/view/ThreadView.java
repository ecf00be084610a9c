package dev.throughline.core.view;

import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;

import java.util.List;

/**
 * A development thread as shown: what the report is developed toward, the gap, what good looks like, the next
 * step and its review, and the history newest first: the whole of it where the thread is the subject (the
 * development page, the thread's own answers), its latest entries where it is shown beside a session or a team.
 *
 * @param reviewDateIso ISO date for forms; {@code reviewDate} is for reading
 */
public record ThreadView(long id, long version, String growthArea, String target, String gap,
                         String whatGoodLooksLike, String nextStep, String reviewDate, String reviewDateIso,
                         boolean reviewOverdue, String status, String statusText, boolean active, boolean gapFlagged,
                         String startedOn, List<Entry> history) {

    /** What one session recorded. */
    public record Entry(long sessionId, String date, String note, String nextStep, String reviewDate) {
    }

    /** How many of the latest entries {@link #recent} shows. */
    public static final int RECENT_ENTRIES = 3;

    /** The thread with its whole history. */
    public static ThreadView of(DevelopmentThread thread, ViewText text) {
        return of(thread, thread.history().size(), text);
    }

    /** The thread with its {@link #RECENT_ENTRIES} latest entries: beside a session or in a team's overview. */
    public static ThreadView recent(DevelopmentThread thread, ViewText text) {
        return of(thread, RECENT_ENTRIES, text);
    }

    private static ThreadView of(DevelopmentThread thread, int entries, ViewText text) {
        List<Entry> history = thread.history().stream().limit(entries).map(entry -> entry(entry, text)).toList();
        return new ThreadView(thread.id(), thread.version(), thread.growthArea(), thread.target(), thread.gap(),
                thread.whatGoodLooksLike(), thread.nextStep(), text.date(thread.reviewDate()),
                thread.reviewDate() == null ? null : thread.reviewDate().toString(),
                thread.isActive() && thread.isReviewOverdue(text.today()), thread.status().name(),
                text.text(thread.status().i18nKey()), thread.isActive(), thread.gapFlagged(),
                text.date(thread.startedOn()), history);
    }

    private static Entry entry(ThreadEntry entry, ViewText text) {
        return new Entry(entry.sessionId(), text.date(entry.date()), entry.note(), entry.nextStep(),
                text.date(entry.reviewDate()));
    }
}
