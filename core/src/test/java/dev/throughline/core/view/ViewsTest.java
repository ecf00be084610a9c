package dev.throughline.core.view;

import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.habits.HabitWarning;
import dev.throughline.core.habits.ManagerHabit;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.script.Tone;
import dev.throughline.core.service.People;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.TestDatabase;
import dev.throughline.core.store.ao.AoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views hold finished text and the flags the pages act on. */
class ViewsTest {

    static final UserKey MANAGER = UserKey.of("morgan");
    static final UserKey REPORT = UserKey.of("alex");
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final People PEOPLE = user -> Optional.of(user.equals(MANAGER) ? "Morgan Lee" : "Alex Kim");

    @TempDir
    Path directory;
    AoDatabase database;
    OneOnOneStore store;
    ViewText text = new ViewText(BundleMessages.english(), Locale.ENGLISH, CLOCK, PEOPLE);

    @BeforeEach
    void open() {
        database = TestDatabase.HSQLDB_MEMORY.open(directory).connect();
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLiveSessionOpensItsSegmentsInOrderAndWarnsPastFortyPercentTalk() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2026-10-01"), null,
                false, null));
        Session session = store.saveSession(Session.scheduled(pairing.id(), NOW.plus(Duration.ofMinutes(5)))
                .openSegment(Segment.PROGRESS_CHECK, NOW).recordTalk(new TalkTime(300, 200)));

        SessionView view = new SessionViews(store).session(MANAGER, session.id(), Map.of(), null, text);

        assertEquals(List.of(false, true, false), view.segments().stream().map(SessionView.SegmentView::canOpen)
                .toList(), "only the segment after the open one can open");
        assertTrue(view.segments().get(0).running());
        assertEquals(NOW.toEpochMilli(), view.segments().get(0).openedAt());
        assertEquals("Progress Check", view.segments().get(0).name());
        assertEquals(60, view.talk().managerShare());
        assertTrue(view.talk().tooMuch());
        assertTrue(view.live() && view.editable() && view.viewerIsManager());
        assertEquals("Alex Kim", view.reportName());
        assertEquals(view.previous(), BundleMessages.english().get("progress.first-session"));
        assertNull(view.recap());
    }

    @Test
    void newReportsGetSoftScriptsUnlessTheManagerChoosesAndBlanksAreMarked() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2026-10-01"), null,
                false, null));
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        store.saveSession(Session.scheduled(pairing.id(), lastWeek).hold(lastWeek.plus(Duration.ofMinutes(30))));
        Session session = store.saveSession(Session.scheduled(pairing.id(), NOW.plus(Duration.ofMinutes(5))));

        SessionView chosen = new SessionViews(store).session(MANAGER, session.id(), Map.of(), null, text);
        SessionView.Script script = chosen.segments().get(0).script();
        assertEquals("soft", script.tone(), "two months on the team: soft");
        assertTrue(script.parts().stream().anyMatch(part -> part.kind().equals("blank")),
                "no previous focus on record: a blank for the manager to fill");
        assertEquals(1, script.tones().stream().filter(SessionView.ToneOption::chosen).count());

        SessionView firm = new SessionViews(store).session(MANAGER, session.id(),
                Map.of(Segment.PROGRESS_CHECK, Tone.FIRM), null, text);
        assertEquals("firm", firm.segments().get(0).script().tone());
        assertEquals(BundleMessages.english().get("tone.reason.override"), firm.segments().get(0).script().reason());
    }

    @Test
    void theReportReadsButDoesNotRunTheSessionAndOutsidersSeeNothing() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2020-10-01"), null,
                false, null));
        Session session = store.saveSession(Session.scheduled(pairing.id(), NOW.plus(Duration.ofMinutes(5))));
        SessionView asReport = new SessionViews(store).session(REPORT, session.id(), Map.of(), null, text);
        assertFalse(asReport.viewerIsManager());
        assertThrows(NotFoundException.class, () -> new SessionViews(store).session(UserKey.of("casey"),
                session.id(), Map.of(), null, text));
        assertThrows(NotFoundException.class, () -> new SessionViews(store).prep(UserKey.of("casey"), session.id(),
                text));
        assertThrows(NotFoundException.class, () -> new DevelopmentViews(store).development(UserKey.of("casey"),
                pairing.id(), text));
        assertEquals(List.of(), new TeamViews(store).team(UserKey.of("casey"), text).reports());
        assertEquals(List.of(), new DevelopmentViews(store).report(UserKey.of("casey"), text).pairings());
    }

    @Test
    void listedDatesInAWarningsEvidenceReadAsDatesToo() {
        HabitWarning cancelled = new HabitWarning(ManagerHabit.CANCELS_SESSIONS, 1, 0,
                "habit.cancels-sessions.evidence.in-a-row", List.of(3, List.of(LocalDate.parse("2026-11-09"),
                LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-23"))));
        assertEquals("3 one-on-ones in a row were cancelled: Mon 9 Nov 2026, Mon 16 Nov 2026, Mon 23 Nov 2026.",
                WarningView.of(cancelled, text).evidence());
    }

    @Test
    void theManagersTasksAreOneListAcrossTheTeamMissedOnesFirst() {
        Pairing ann = store.savePairing(new Pairing(0, MANAGER, UserKey.of("ann"), LocalDate.parse("2020-10-01"),
                null, false, null));
        Pairing zoe = store.savePairing(new Pairing(0, MANAGER, UserKey.of("zoe"), LocalDate.parse("2020-10-01"),
                null, false, null));
        Session withAnn = store.saveSession(Session.scheduled(ann.id(), NOW.minus(Duration.ofDays(14))));
        Session withZoe = store.saveSession(Session.scheduled(zoe.id(), NOW.minus(Duration.ofDays(14))));
        LocalDate made = LocalDate.parse("2026-11-16");
        store.saveCommitment(Commitment.make(ann.id(), withAnn.id(), made, Party.MANAGER, "Undated for Ann", null,
                CommitmentKind.OTHER));
        store.saveCommitment(Commitment.make(ann.id(), withAnn.id(), made, Party.MANAGER, "Due soon for Ann",
                LocalDate.parse("2026-12-10"), CommitmentKind.OTHER));
        store.saveCommitment(Commitment.make(zoe.id(), withZoe.id(), made, Party.MANAGER, "Missed for Zoe",
                LocalDate.parse("2026-11-23"), CommitmentKind.BLOCKER_FOLLOW_UP));

        List<CommitmentView> tasks = new TeamViews(store).team(MANAGER, text).myTasks();

        assertEquals(List.of("Missed for Zoe", "Due soon for Ann", "Undated for Ann"),
                tasks.stream().map(CommitmentView::text).toList());
    }

    @Test
    void theTeamRowSaysWhenTheNextOneOnOneIsOverdue() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2020-10-01"), null,
                false, null));
        Instant threeWeeksAgo = NOW.minus(Duration.ofDays(21));
        store.saveSession(Session.scheduled(pairing.id(), threeWeeksAgo).openSegment(Segment.PROGRESS_CHECK,
                threeWeeksAgo).recordNotes(Segment.PROGRESS_CHECK, "shipped").hold(threeWeeksAgo));

        TeamView team = new TeamViews(store).team(MANAGER, text);

        TeamView.Row row = team.reports().get(0);
        assertEquals("Alex Kim", row.reportName());
        assertEquals("Every two weeks", row.cadence());
        assertTrue(row.overdue());
        assertEquals(0, row.nextSessionId());
        assertFalse(row.canSay(), "no development thread");
        assertEquals(0, team.reportsWhoCanSay());
        WarningView skipped = row.warnings().stream().filter(w -> w.habit().equals("avoids-hard-topics"))
                .findFirst().orElseThrow(() -> new AssertionError("the development segment was skipped: "
                        + row.warnings()));
        assertTrue(skipped.evidence().contains("Mon 9 Nov 2026") && !skipped.evidence().contains("2026-11-09"),
                "dates in the evidence read as dates elsewhere: " + skipped.evidence());
    }

    @Test
    void besideASessionOrATeamAThreadShowsItsLatestEntriesAndOnItsOwnAllOfThem() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2026-01-05"), null,
                false, null));
        DevelopmentThread thread = DevelopmentThread.start(pairing.id(), REPORT, LocalDate.parse("2026-09-07"),
                "System design", null, null, null, null, null, false);
        for (int week = 0; week < 5; week++) {
            Instant at = NOW.minus(Duration.ofDays(7L * (5 - week)));
            Session held = store.saveSession(Session.scheduled(pairing.id(), at).hold(at));
            thread = thread.recordEntry(held.id(), LocalDate.ofInstant(at, ZoneOffset.UTC), "week " + week, null,
                    null);
        }
        thread = store.saveThread(thread);
        Session next = store.saveSession(Session.scheduled(pairing.id(), NOW.plus(Duration.ofDays(1))));

        List<String> latest = List.of("week 4", "week 3", "week 2");
        assertEquals(latest, notes(new SessionViews(store).session(MANAGER, next.id(), Map.of(), null, text)
                .thread()));
        assertEquals(latest, notes(new SessionViews(store).prep(MANAGER, next.id(), text).topicThread()));
        assertEquals(latest, notes(new TeamViews(store).team(MANAGER, text).reports().get(0).thread()));
        assertEquals(List.of("week 4", "week 3", "week 2", "week 1", "week 0"), notes(ThreadView.of(thread, text)));
    }

    @Test
    void theTeamOverviewFromItsNarrowerReadEqualsTheOneFromWholeHistories() {
        Pairing pairing = weeksOfHistory();
        Pairing other = store.savePairing(new Pairing(0, MANAGER, UserKey.of("sam"), LocalDate.parse("2026-09-01"),
                null, true, null));
        store.saveSession(Session.scheduled(other.id(), NOW.minus(Duration.ofDays(3))).cancel(NOW));

        assertTrue(store.team(MANAGER).get(0).commitments().size()
                < store.history(pairing.id()).orElseThrow().commitments().size(), "done commitments are left out");
        assertEquals(new TeamViews(wholeHistories()).team(MANAGER, text), new TeamViews(store).team(MANAGER, text));
    }

    @Test
    void eachSessionsViewFromItsNarrowerReadEqualsTheOneFromTheWholeHistory() {
        Pairing pairing = weeksOfHistory();
        List<Session> sessions = store.history(pairing.id()).orElseThrow().sessions();
        assertEquals(List.of(4, 6), store.history(pairing.id()).orElseThrow().threads().stream()
                .map(thread -> thread.entries().size()).toList());
        assertEquals(List.of(0, 6), store.sessionHistory(sessions.get(0).id()).orElseThrow().threads()
                .stream().map(thread -> thread.entries().size()).toList(), "an ended thread's entries are not read");

        for (Session session : sessions) {
            assertTrue(store.sessionHistory(session.id()).orElseThrow().commitments().size()
                    < store.history(pairing.id()).orElseThrow().commitments().size(), "done commitments left out");
            for (UserKey viewer : List.of(MANAGER, REPORT)) {
                assertEquals(new SessionViews(wholeHistories()).session(viewer, session.id(), Map.of(), null, text),
                        new SessionViews(store).session(viewer, session.id(), Map.of(), null, text),
                        "the view of " + session);
            }
        }
    }

    /**
     * Twelve weeks of one-on-ones (every fifth cancelled) with commitments of both parties, some done, some missed,
     * a development thread and the next session scheduled.
     */
    private Pairing weeksOfHistory() {
        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2025-01-06"), null,
                false, null));
        for (int week = 12; week >= 1; week--) {
            Instant at = NOW.minus(Duration.ofDays(7L * week));
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            Session session = Session.scheduled(pairing.id(), at).openSegment(Segment.PROGRESS_CHECK, at)
                    .recordNotes(Segment.PROGRESS_CHECK, "week " + week).recordTalk(new TalkTime(500, 400));
            session = store.saveSession(week % 5 == 0 ? session.cancel(at) : session.hold(at));
            Commitment report = store.saveCommitment(Commitment.make(pairing.id(), session.id(), day, Party.REPORT,
                    "report " + week, day.plusDays(week % 3 == 0 ? 30 : 4), CommitmentKind.OTHER));
            Commitment manager = store.saveCommitment(Commitment.make(pairing.id(), session.id(), day,
                    Party.MANAGER, "manager " + week, day.plusDays(3), CommitmentKind.BLOCKER_FOLLOW_UP));
            if (week % 2 == 0) {
                store.saveCommitment(report.complete(day.plusDays(2)));
            }
            if (week % 4 == 0) {
                store.saveCommitment(manager.complete(day.plusDays(1)));
            }
        }
        List<Session> held = store.history(pairing.id()).orElseThrow().held();
        DevelopmentThread ended = DevelopmentThread.start(pairing.id(), REPORT, LocalDate.parse("2026-08-31"),
                "Estimates", null, null, null, null, null, false);
        for (Session session : held.subList(0, 4)) {
            ended = ended.recordEntry(session.id(), session.date(ZoneOffset.UTC), "estimate", null, null);
        }
        store.saveThread(ended.withStatus(ThreadStatus.ACHIEVED));
        DevelopmentThread active = DevelopmentThread.start(pairing.id(), REPORT, LocalDate.parse("2026-09-07"),
                "Design", null, null, null, "Sketch", null, false);
        for (Session session : held.subList(4, held.size())) {
            active = active.recordEntry(session.id(), session.date(ZoneOffset.UTC), "design", null, null);
        }
        store.saveThread(active);
        Session next = store.saveSession(Session.scheduled(pairing.id(), NOW.plus(Duration.ofDays(1))));
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        store.saveCommitment(Commitment.make(pairing.id(), next.id(), today, Party.REPORT, "next", today.plusDays(7),
                CommitmentKind.OTHER));
        return pairing;
    }

    /** The store, but the team and a session's view read whole histories. */
    private OneOnOneStore wholeHistories() {
        return (OneOnOneStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OneOnOneStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "team" -> store.pairingsOf((UserKey) args[0]).stream()
                            .filter(p -> p.manager().equals(args[0]))
                            .map(p -> store.history(p.id()).orElseThrow()).toList();
                    case "sessionHistory" -> store.session((Long) args[0])
                            .flatMap(session -> store.history(session.pairingId()));
                    default -> method.invoke(store, args);
                });
    }

    private static List<String> notes(ThreadView thread) {
        return thread.history().stream().map(ThreadView.Entry::note).toList();
    }

    @Test
    void theOperatingTemplateStandsAloneOrFillsInAPairingsData() {
        OperatingTemplateView blank = OperatingTemplates.blank(text);
        assertEquals(List.of("Progress Check", "Blocker Clearing", "Development Thread"),
                blank.segments().stream().map(OperatingTemplateView.Segment::name).toList());
        assertEquals("5-10 min", blank.segments().get(0).timeBox());
        assertEquals(3, blank.prep().size());
        assertNull(blank.live());

        Pairing pairing = store.savePairing(new Pairing(0, MANAGER, REPORT, LocalDate.parse("2020-10-01"), null,
                false, null));
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        Session held = store.saveSession(Session.scheduled(pairing.id(), lastWeek).hold(lastWeek));
        store.saveCommitment(dev.throughline.core.commitment.Commitment.make(pairing.id(), held.id(),
                LocalDate.ofInstant(lastWeek, ZoneOffset.UTC), dev.throughline.core.commitment.Party.REPORT,
                "Send the estimate", LocalDate.ofInstant(lastWeek, ZoneOffset.UTC).plusDays(2),
                dev.throughline.core.commitment.CommitmentKind.OTHER));

        OperatingTemplateView filled = new OperatingTemplates(store).filled(REPORT, pairing.id(), text);
        assertEquals("Alex Kim", filled.live().reportName());
        assertEquals(List.of("Send the estimate"), filled.live().commitments().stream().map(c -> c.text()).toList());
        assertTrue(filled.live().tones().get(0).startsWith("Progress Check: Firm."), filled.live().tones().get(0));
        assertThrows(NotFoundException.class, () -> new OperatingTemplates(store).filled(UserKey.of("casey"),
                pairing.id(), text));
    }
}
