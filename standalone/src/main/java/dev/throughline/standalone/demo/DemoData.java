package dev.throughline.standalone.demo;

import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A realistic team for the sandbox, written into an empty store so that every page has something to show.
 * Morgan manages four reports whose records, counted back from the clock's today, show every status and every
 * manager habit at once:
 * <ul>
 *     <li>{@code alex}, new on the team and flagged less confident: weekly, a missed commitment (firm tone), no
 *     development thread yet, the next session later today;</li>
 *     <li>{@code sam}, four years on the team and two months in a new role: weekly, and the last session handed
 *     out more work than it should have;</li>
 *     <li>{@code riley}, five years on the team: every two weeks, the manager talking most of the time, the
 *     development segment skipped, a session without notes and a development review long overdue;</li>
 *     <li>{@code jordan}, experienced but kept weekly by the manager's choice: three cancellations in a row and
 *     the next session pushed into the following week.</li>
 * </ul>
 * {@code taylor} (another manager) and {@code casey} (a peer) have no pairings: they are the outsiders who must
 * see nothing of Morgan's team.
 */
public final class DemoData {

    public static final UserKey MORGAN = UserKey.of("morgan");
    public static final UserKey ALEX = UserKey.of("alex");
    public static final UserKey SAM = UserKey.of("sam");
    public static final UserKey RILEY = UserKey.of("riley");
    public static final UserKey JORDAN = UserKey.of("jordan");
    public static final UserKey TAYLOR = UserKey.of("taylor");
    public static final UserKey CASEY = UserKey.of("casey");

    private final OneOnOneStore store;
    private final Clock clock;

    public DemoData(OneOnOneStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the demo, in one transaction, unless Morgan already has pairings in the store: loading twice, or
     * into a sandbox that already has data, changes nothing.
     */
    public void load() {
        store.inTransaction(() -> {
            boolean empty = store.pairingsOf(MORGAN).isEmpty();
            if (empty) {
                writeTeam(LocalDate.now(clock));
            }
            return empty;
        });
    }

    private void writeTeam(LocalDate today) {
        write(new Pairing(0, MORGAN, ALEX, today.minusMonths(3), null, true, null),
                DemoPairing.workdayOf(today), LocalTime.of(14, 0), new AlexStory());
        write(new Pairing(0, MORGAN, SAM, today.minusYears(4), today.minusMonths(2), false, null),
                DemoPairing.nextWorkday(today), LocalTime.of(10, 0), new SamStory());
        write(new Pairing(0, MORGAN, RILEY, today.minusYears(5), null, false, null),
                DayOfWeek.TUESDAY, LocalTime.of(15, 0), new RileyStory());
        write(new Pairing(0, MORGAN, JORDAN, today.minusMonths(30), null, false, Cadence.WEEKLY),
                DayOfWeek.THURSDAY, LocalTime.of(11, 0), new JordanStory());
    }

    private void write(Pairing pairing, DayOfWeek meetingDay, LocalTime meetingTime, ReportStory story) {
        DemoPairing demo = new DemoPairing(store, clock, pairing, meetingDay, meetingTime);
        story.tell(demo);
        demo.saveThreads();
    }
}
