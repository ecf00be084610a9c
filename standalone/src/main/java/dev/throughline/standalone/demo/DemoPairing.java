package dev.throughline.standalone.demo;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.recap.RecapDrafter;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One demo pairing while its record is written. Sessions fall on the pairing's meeting day: "n weeks ago" is the
 * n-th meeting day before today, so the most recent one lies 1 to 7 days back whatever today is. The development
 * threads are kept here as each session leaves them and saved once the story is told.
 */
final class DemoPairing {

    /** How long before the meeting a cancelled session was called off. */
    private static final Duration CANCELLED_BEFORE = Duration.ofHours(3);

    private final OneOnOneStore store;
    private final Clock clock;
    private final Pairing pairing;
    private final DayOfWeek meetingDay;
    private final LocalTime meetingTime;
    private final RecapDrafter drafter;
    private final List<DevelopmentThread> threads = new ArrayList<>();

    /** Saves the pairing. */
    DemoPairing(OneOnOneStore store, Clock clock, Pairing pairing, DayOfWeek meetingDay, LocalTime meetingTime) {
        this.store = store;
        this.clock = clock;
        this.pairing = store.savePairing(pairing);
        this.meetingDay = meetingDay;
        this.meetingTime = meetingTime;
        this.drafter = new RecapDrafter(BundleMessages.english(), Locale.ENGLISH, clock.getZone());
    }

    /** The day of the week after {@code today}, skipping the weekend. */
    static DayOfWeek nextWorkday(LocalDate today) {
        return switch (today.getDayOfWeek()) {
            case FRIDAY, SATURDAY, SUNDAY -> DayOfWeek.MONDAY;
            default -> today.getDayOfWeek().plus(1);
        };
    }

    /** The day of the week of {@code today}, or Friday at the weekend. */
    static DayOfWeek workdayOf(LocalDate today) {
        DayOfWeek day = today.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayOfWeek.FRIDAY : day;
    }

    OneOnOneStore store() {
        return store;
    }

    long pairingId() {
        return pairing.id();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The {@code weeks}-th meeting day before today (1 is the most recent). */
    LocalDate weeksAgo(int weeks) {
        return today().with(TemporalAdjusters.previous(meetingDay)).minusWeeks(weeks - 1L);
    }

    /** The meeting time on {@code date}, in the clock's zone. */
    Instant at(LocalDate date) {
        return date.atTime(meetingTime).atZone(clock.getZone()).toInstant();
    }

    /** A session held {@code weeks} meeting days ago, to be described before it is saved. */
    DemoSession held(int weeks, String focus, int managerTalkPercent) {
        return new DemoSession(this, weeksAgo(weeks), focus, managerTalkPercent);
    }

    /** The session of {@code weeks} meeting days ago, called off on its morning. */
    Session cancelled(int weeks) {
        Instant at = at(weeksAgo(weeks));
        return store.saveSession(Session.scheduled(pairing.id(), at).cancel(at.minus(CANCELLED_BEFORE)));
    }

    /** The next session, on the next meeting day. */
    Session upcoming() {
        return schedule(at(today().with(TemporalAdjusters.next(meetingDay))));
    }

    /** The next session, today, a couple of hours from now. */
    Session upcomingLaterToday() {
        return schedule(clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS));
    }

    /**
     * The next meeting day's session, moved yesterday to the Monday after it (always another calendar week),
     * where the next session is now scheduled.
     */
    Session upcomingMovedIntoNextWeek() {
        LocalDate planned = today().with(TemporalAdjusters.next(meetingDay));
        Instant movedTo = at(planned.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        Instant movedAt = clock.instant().minus(Duration.ofDays(1));
        store.saveSession(Session.scheduled(pairing.id(), at(planned)).reschedule(movedTo, movedAt));
        return schedule(movedTo);
    }

    void startThread(LocalDate on, String growthArea, String target, String gap, String whatGoodLooksLike,
                     boolean gapFlagged) {
        threads.add(DevelopmentThread.start(pairing.id(), pairing.report(), on, growthArea, target, gap,
                whatGoodLooksLike, null, null, gapFlagged));
    }

    void recordThreadEntry(Session held, LocalDate on, String note, String nextStep, int reviewInDays) {
        replaceActive(active().recordEntry(held.id(), on, note, nextStep, on.plusDays(reviewInDays)));
    }

    void achieveThread() {
        replaceActive(active().withStatus(ThreadStatus.ACHIEVED));
    }

    /** The recap the product drafts for the held session, owners shown by their role. */
    Recap draftRecap(Session held, List<Commitment> made) {
        return drafter.draft(held, made, activeThread(), (Party party) -> null);
    }

    void saveThreads() {
        threads.forEach(store::saveThread);
    }

    private Optional<DevelopmentThread> activeThread() {
        return threads.stream().filter(DevelopmentThread::isActive).reduce((first, second) -> second);
    }

    private DevelopmentThread active() {
        return activeThread().orElseThrow(() -> new IllegalStateException("no active thread in the demo story"));
    }

    private void replaceActive(DevelopmentThread changed) {
        threads.set(threads.lastIndexOf(active()), changed);
    }

    private Session schedule(Instant at) {
        return store.saveSession(Session.schedule(pairing.id(), at, clock));
    }
}
