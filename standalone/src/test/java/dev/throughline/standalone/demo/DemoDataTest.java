package dev.throughline.standalone.demo;

import dev.throughline.core.cadence.Cadence;
import dev.throughline.core.cadence.CadencePlanner;
import dev.throughline.core.cadence.CadenceStatus;
import dev.throughline.core.cadence.CadenceSuggestion;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.habits.HabitDetector;
import dev.throughline.core.habits.HabitWarning;
import dev.throughline.core.habits.ManagerHabit;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.reflection.Reflection;
import dev.throughline.core.reflection.ReflectionLine;
import dev.throughline.core.script.ScriptContext;
import dev.throughline.core.script.Tone;
import dev.throughline.core.script.ToneChoice;
import dev.throughline.core.script.ToneSelector;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.ao.AoDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.throughline.standalone.demo.DemoData.ALEX;
import static dev.throughline.standalone.demo.DemoData.CASEY;
import static dev.throughline.standalone.demo.DemoData.JORDAN;
import static dev.throughline.standalone.demo.DemoData.MORGAN;
import static dev.throughline.standalone.demo.DemoData.RILEY;
import static dev.throughline.standalone.demo.DemoData.SAM;
import static dev.throughline.standalone.demo.DemoData.TAYLOR;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo, loaded into a real database and read back through the core's own rules. */
class DemoDataTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Wednesday morning. */
    private static final Clock WEDNESDAY = clock(LocalDateTime.of(2026, 3, 11, 9, 0), BERLIN);

    private final List<AoDatabase> databases = new ArrayList<>();

    @AfterEach
    void closeDatabases() {
        databases.forEach(AoDatabase::close);
    }

    @Test
    void showsAllFiveManagerHabits() {
        OneOnOneStore store = loaded(WEDNESDAY);

        Set<ManagerHabit> habits = warnings(store, WEDNESDAY).stream().map(HabitWarning::habit)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ManagerHabit.class)));

        assertEquals(EnumSet.allOf(ManagerHabit.class), habits);
    }

    @Test
    void eachHabitShowsInThePairingWhoseStoryCausesIt() {
        assertHabitsWhereExpected(loaded(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void weeklyForNewStartsAndTheOverrideBiweeklyForTheExperienced() {
        assertCadences(loaded(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void reflectionSaysAlexHasNoThreadAndRileysReviewIsOverdue() {
        assertReflection(loaded(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void everyPairingHasExactlyOneUpcomingSessionAndAlexsIsLaterToday() {
        OneOnOneStore store = loaded(WEDNESDAY);

        assertOneUpcomingSessionEach(store, WEDNESDAY);
        Session alexNext = team(store).get(ALEX).nextScheduled().orElseThrow();
        assertEquals(LocalDate.now(WEDNESDAY), alexNext.date(BERLIN));
    }

    @Test
    void firmToneForAlexBecauseOfAMissedCommitment() {
        assertAlexMissedACommitment(loaded(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void everyPairingHasASentRecap() {
        assertSentRecaps(loaded(WEDNESDAY));
    }

    @Test
    void commitmentsShowEveryStatusAndBlockerFollowUpsNameTheBlockedItem() {
        assertCommitmentsVaried(loaded(WEDNESDAY), WEDNESDAY);
    }

    @Test
    void threadsHaveSeveralEntriesExceptAlexWhoHasNone() {
        assertThreads(loaded(WEDNESDAY));
    }

    @Test
    void outsidersHaveNoPairings() {
        OneOnOneStore store = loaded(WEDNESDAY);

        assertTrue(store.pairingsOf(TAYLOR).isEmpty());
        assertTrue(store.pairingsOf(CASEY).isEmpty());
    }

    @Test
    void loadingTwiceAddsNothing() {
        OneOnOneStore store = loaded(WEDNESDAY);
        List<PairingHistory> first = store.team(MORGAN);

        new DemoData(store, WEDNESDAY).load();
        new DemoData(store, clock(LocalDateTime.of(2026, 4, 2, 16, 0), BERLIN)).load();

        assertEquals(first, store.team(MORGAN));
    }

    @ParameterizedTest
    @MethodSource("otherDays")
    void showsEverythingWhateverTheDay(Clock clock) {
        OneOnOneStore store = loaded(clock);

        assertAll(
                () -> assertHabitsWhereExpected(store, clock),
                () -> assertCadences(store, clock),
                () -> assertReflection(store, clock),
                () -> assertOneUpcomingSessionEach(store, clock),
                () -> assertAlexMissedACommitment(store, clock),
                () -> assertSentRecaps(store),
                () -> assertCommitmentsVaried(store, clock),
                () -> assertThreads(store));
    }

    /** Every day of a week (weekends included), late at night, and other zones and seasons. */
    static Stream<Clock> otherDays() {
        Stream<Clock> week = Stream.iterate(LocalDateTime.of(2025, 6, 2, 8, 30), day -> day.plusDays(1)).limit(7)
                .map(day -> clock(day, BERLIN));
        return Stream.concat(week, Stream.of(
                clock(LocalDateTime.of(2025, 12, 31, 23, 45), ZoneOffset.UTC),
                clock(LocalDateTime.of(2026, 3, 29, 0, 30), BERLIN),
                clock(LocalDateTime.of(2027, 2, 12, 17, 15), ZoneId.of("America/Los_Angeles")),
                clock(LocalDateTime.of(2028, 2, 29, 12, 0), ZoneId.of("Asia/Kolkata"))));
    }

    private static void assertHabitsWhereExpected(OneOnOneStore store, Clock clock) {
        Map<Long, UserKey> reports = store.team(MORGAN).stream()
                .collect(Collectors.toMap(history -> history.pairing().id(), history -> history.pairing().report()));
        List<HabitWarning> warnings = warnings(store, clock);
        Map<ManagerHabit, Set<UserKey>> where = warnings.stream().collect(Collectors.groupingBy(HabitWarning::habit,
                Collectors.mapping(warning -> reports.get(warning.pairingId()), Collectors.toSet())));
        Set<String> evidence = warnings.stream().map(HabitWarning::evidenceKey).collect(Collectors.toSet());

        assertEquals(Map.of(
                ManagerHabit.TALKS_TOO_MUCH, Set.of(RILEY),
                ManagerHabit.AVOIDS_HARD_TOPICS, Set.of(RILEY),
                ManagerHabit.CANCELS_SESSIONS, Set.of(JORDAN),
                ManagerHabit.ASSIGNS_WORK, Set.of(SAM),
                ManagerHabit.SKIPS_NOTES, Set.of(RILEY)), where);
        assertTrue(evidence.containsAll(Set.of(
                "habit.avoids-hard-topics.evidence.segment-skipped",
                "habit.avoids-hard-topics.evidence.review-overdue",
                "habit.cancels-sessions.evidence.in-a-row",
                "habit.cancels-sessions.evidence.moved-week",
                "habit.skips-notes.evidence.no-notes")), evidence::toString);
        Session lastCancelled = team(store).get(JORDAN).sessions().stream()
                .filter(session -> session.state() == SessionState.CANCELLED)
                .reduce((earlier, later) -> later).orElseThrow();
        assertTrue(lastCancelled.scheduledAt().isAfter(clock.instant().minus(Duration.ofDays(14))),
                "the latest cancellation lies within the last two weeks");
    }

    private static void assertCadences(OneOnOneStore store, Clock clock) {
        CadencePlanner planner = new CadencePlanner(clock);
        Map<UserKey, CadenceStatus> status = store.team(MORGAN).stream().map(planner::status)
                .collect(Collectors.toMap(each -> each.pairing().report(), Function.identity()));

        assertAll(
                () -> assertEquals(Cadence.WEEKLY, status.get(ALEX).effective()),
                () -> assertEquals(CadenceSuggestion.FIRST_YEAR, status.get(ALEX).suggestion().reasonKey()),
                () -> assertEquals(Cadence.WEEKLY, status.get(SAM).effective()),
                () -> assertEquals(CadenceSuggestion.NEW_ROLE, status.get(SAM).suggestion().reasonKey()),
                () -> assertEquals(Cadence.BIWEEKLY, status.get(RILEY).suggestion().cadence()),
                () -> assertEquals(Cadence.BIWEEKLY, status.get(RILEY).effective()),
                () -> assertFalse(status.get(RILEY).overridden()),
                () -> assertEquals(Cadence.BIWEEKLY, status.get(JORDAN).suggestion().cadence()),
                () -> assertEquals(Cadence.WEEKLY, status.get(JORDAN).effective()),
                () -> assertTrue(status.get(JORDAN).overridden()),
                () -> assertTrue(planner.overdue(store.team(MORGAN)).isEmpty(), "every pairing has a session booked"));
    }

    private static void assertReflection(OneOnOneStore store, Clock clock) {
        Map<UserKey, String> reasons = new Reflection(clock).reflect(store.team(MORGAN)).stream()
                .collect(Collectors.toMap(line -> line.pairing().report(), ReflectionLine::reasonKey));

        assertEquals(Map.of(
                ALEX, ReflectionLine.NO_THREAD,
                RILEY, ReflectionLine.REVIEW_OVERDUE,
                SAM, ReflectionLine.CLEAR,
                JORDAN, ReflectionLine.CLEAR), reasons);
    }

    private static void assertOneUpcomingSessionEach(OneOnOneStore store, Clock clock) {
        for (PairingHistory history : store.team(MORGAN)) {
            List<Session> scheduled = history.sessions().stream()
                    .filter(session -> session.state() == SessionState.SCHEDULED).toList();
            assertEquals(1, scheduled.size(), history.pairing().report() + " has one session to prepare");
            assertTrue(scheduled.get(0).scheduledAt().isAfter(clock.instant()),
                    history.pairing().report() + "'s next session lies ahead");
        }
    }

    private static void assertAlexMissedACommitment(OneOnOneStore store, Clock clock) {
        PairingHistory alex = team(store).get(ALEX);
        LocalDate today = LocalDate.now(clock);
        ScriptContext context = ScriptContext.of(alex, alex.nextScheduled().orElseThrow(), "Alex", null, clock);
        ToneSelector tones = new ToneSelector();

        assertTrue(alex.commitments().stream().anyMatch(commitment -> commitment.owner() == Party.REPORT
                && commitment.status(today) == CommitmentStatus.MISSED));
        assertEquals(new ToneChoice(Tone.FIRM, ToneSelector.REASON_MISSED_COMMITMENT),
                tones.choose(Segment.PROGRESS_CHECK, context));
        assertEquals(Tone.SOFT, tones.choose(Segment.DEVELOPMENT_THREAD, context).tone());
    }

    private static void assertSentRecaps(OneOnOneStore store) {
        for (PairingHistory history : store.team(MORGAN)) {
            assertTrue(history.held().stream().anyMatch(session -> session.recapSentAt() != null
                    && session.recapValue().isPresent()), history.pairing().report() + " has a recap in the inbox");
        }
    }

    private static void assertCommitmentsVaried(OneOnOneStore store, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<Commitment> all = store.pairingsOf(MORGAN).stream()
                .flatMap(pairing -> store.history(pairing.id()).orElseThrow().commitments().stream())
                .toList();
        Set<CommitmentStatus> statuses = all.stream().map(commitment -> commitment.status(today))
                .collect(Collectors.toSet());

        assertEquals(EnumSet.allOf(CommitmentStatus.class), statuses);
        assertTrue(all.stream().anyMatch(commitment -> commitment.owner() == Party.MANAGER
                && commitment.status(today) == CommitmentStatus.MISSED), "a manager's follow-up is missed");
        assertTrue(all.stream().anyMatch(commitment -> commitment.kind() == CommitmentKind.BLOCKER_FOLLOW_UP
                && "SHOP-142".equals(commitment.blockedItemKey())));
        assertTrue(all.stream().filter(Commitment::isDone).allMatch(commitment ->
                !commitment.completedOn().isAfter(today)), "nothing is done in the future");
    }

    private static void assertThreads(OneOnOneStore store) {
        Map<UserKey, PairingHistory> team = team(store);

        assertTrue(team.get(ALEX).threads().isEmpty());
        for (UserKey report : List.of(SAM, RILEY, JORDAN)) {
            DevelopmentThread thread = team.get(report).activeThread().orElseThrow();
            assertTrue(thread.entries().size() >= 3, report + " has a thread with history");
            assertTrue(thread.target() != null && thread.gap() != null && thread.whatGoodLooksLike() != null
                    && thread.nextStep() != null && thread.reviewDate() != null, report + "'s thread is complete");
        }
    }

    private static List<HabitWarning> warnings(OneOnOneStore store, Clock clock) {
        return new HabitDetector(clock).detect(store.team(MORGAN));
    }

    private static Map<UserKey, PairingHistory> team(OneOnOneStore store) {
        return store.team(MORGAN).stream()
                .collect(Collectors.toMap(history -> history.pairing().report(), Function.identity()));
    }

    private OneOnOneStore loaded(Clock clock) {
        OneOnOneStore store = emptyStore();
        new DemoData(store, clock).load();
        return store;
    }

    private OneOnOneStore emptyStore() {
        String url = "jdbc:h2:mem:demo" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        AoDatabase database = AoDatabase.open(dataSource, url);
        databases.add(database);
        return database.store();
    }

    private static Clock clock(LocalDateTime at, ZoneId zone) {
        return Clock.fixed(at.atZone(zone).toInstant(), zone);
    }
}
