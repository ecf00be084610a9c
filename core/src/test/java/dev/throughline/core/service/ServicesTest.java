package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.ConflictException;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.TestDatabase;
import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.core.view.SessionView;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamView;
import dev.throughline.core.view.TeamViews;
import dev.throughline.core.view.ViewText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services on a real database: who may see and change what, versions, and the session's whole run. */
class ServicesTest {

    static final UserKey MANAGER = UserKey.of("morgan");
    static final UserKey REPORT = UserKey.of("alex");
    static final UserKey PEER = UserKey.of("casey");
    static final UserKey OTHER_MANAGER = UserKey.of("taylor");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    static final People PEOPLE = user -> Optional.of(user.value().substring(0, 1).toUpperCase(Locale.ROOT)
            + user.value().substring(1));

    @TempDir
    Path directory;
    AoDatabase database;
    OneOnOneStore store;
    List<Session> sent = new ArrayList<>();
    PairingService pairings;
    SessionService sessions;
    CommitmentService commitments;
    ThreadService threads;
    ViewText text = new ViewText(BundleMessages.english(), Locale.ENGLISH, CLOCK, PEOPLE);

    @BeforeEach
    void open() {
        database = TestDatabase.HSQLDB_MEMORY.open(directory).connect();
        store = database.store();
        pairings = new PairingService(store, PEOPLE, CLOCK);
        sessions = new SessionService(store, PEOPLE, (pairing, session) -> sent.add(session), WorkItems.NONE,
                CLOCK);
        commitments = new CommitmentService(store, WorkItems.NONE, CLOCK);
        threads = new ThreadService(store, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    Pairing pairing() {
        return pairings.create(MANAGER, REPORT, new PairingService.Setup(LocalDate.parse("2026-01-05"), null, false,
                null));
    }

    DevelopmentThread startThread(Pairing pairing) {
        return threads.start(MANAGER, pairing.id(), new ThreadService.Definition("Stakeholder communication",
                "Runs the quarterly review", null, null, false), null, null);
    }

    Session scheduled(Pairing pairing) {
        return sessions.schedule(MANAGER, pairing.id(), CLOCK.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void aReportIsTypedByNameAndAnUnknownNameIsRefused() {
        PairingService.Setup setup = new PairingService.Setup(LocalDate.parse("2026-01-05"), null, false, null);
        assertEquals(REPORT, pairings.create(MANAGER, " alex ", setup).report());
        DomainException unknown = assertThrows(DomainException.class, () -> pairings.create(MANAGER, "", setup));
        assertEquals("error.user.required", unknown.key());
        People nobody = user -> Optional.empty();
        DomainException missing = assertThrows(DomainException.class, () -> new PairingService(store, nobody, CLOCK)
                .create(MANAGER, "ghost", setup));
        assertEquals("There is no user ghost.", missing.getMessage());
        assertEquals(Optional.empty(), pairings.user(null));
    }

    @Test
    void outsidersAreToldThePairingDoesNotExist() {
        Session session = scheduled(pairing());
        for (UserKey outsider : List.of(PEER, OTHER_MANAGER)) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> sessions.get(outsider, session.id()));
            assertEquals("There is no session #" + session.id() + ".", e.getMessage(), "nothing of the pairing shows");
            assertThrows(NotFoundException.class, () -> sessions.openSegment(outsider, session.id(), 1,
                    Segment.PROGRESS_CHECK));
            assertThrows(NotFoundException.class, () -> new SessionViews(store).session(outsider, session.id(),
                    Map.of(), null, text));
            NotFoundException making = assertThrows(NotFoundException.class, () -> commitments.make(outsider,
                    session.id(), new CommitmentService.Agreement(Party.REPORT, "x", null, null, null)));
            assertEquals("There is no session #" + session.id() + ".", making.getMessage(),
                    "the pairing a session belongs to is not named either");
        }
        assertThrows(NotFoundException.class, () -> sessions.get(PEER, 9_999));
    }

    @Test
    void reportSeesTheSessionButOnlyTheManagerChangesIt() {
        Session session = scheduled(pairing());
        assertEquals(session.id(), sessions.get(REPORT, session.id()).id());
        assertThrows(ForbiddenException.class, () -> sessions.openSegment(REPORT, session.id(), session.version(),
                Segment.PROGRESS_CHECK));
        assertThrows(ForbiddenException.class, () -> sessions.schedule(REPORT, session.pairingId(),
                CLOCK.instant().plus(Duration.ofDays(1))));
        assertEquals(session.version(), store.session(session.id()).orElseThrow().version(), "nothing was written");
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        Session session = scheduled(pairing());
        Session opened = sessions.openSegment(MANAGER, session.id(), session.version(), Segment.PROGRESS_CHECK);
        assertThrows(ConflictException.class, () -> sessions.recordNotes(MANAGER, session.id(), session.version(),
                Segment.PROGRESS_CHECK, "lost update"));
        assertEquals(null, store.session(session.id()).orElseThrow().segment(Segment.PROGRESS_CHECK).notes());
        sessions.recordNotes(MANAGER, session.id(), opened.version(), Segment.PROGRESS_CHECK, "kept");
        assertEquals("kept", store.session(session.id()).orElseThrow().segment(Segment.PROGRESS_CHECK).notes());
    }

    @Test
    void aSessionRunsThroughItsSegmentsToASentRecap() {
        Pairing pairing = pairing();
        DevelopmentThread thread = threads.start(MANAGER, pairing.id(), new ThreadService.Definition(
                "Stakeholder communication", "Runs the quarterly review", null, null, false), "Draft the agenda",
                null);
        Session session = scheduled(pairing);
        for (Segment segment : Segment.values()) {
            session = sessions.openSegment(MANAGER, session.id(), session.version(), segment);
            session = sessions.recordNotes(MANAGER, session.id(), session.version(), segment, segment.id() + " notes");
        }
        Commitment commitment = commitments.make(MANAGER, session.id(), new CommitmentService.Agreement(Party.REPORT,
                "Send the agenda", LocalDate.parse("2026-12-04"), CommitmentKind.OTHER, null));
        commitments.make(MANAGER, session.id(), new CommitmentService.Agreement(Party.MANAGER,
                "Get back on the budget", LocalDate.parse("2026-12-03"), CommitmentKind.BLOCKER_FOLLOW_UP, "SHOP-1"));
        threads.record(MANAGER, thread.id(), thread.version(), new ThreadService.Entry(session.id(),
                "Good first draft", "Run the review", null));
        session = sessions.finish(MANAGER, session.id(), session.version(), BundleMessages.english(), Locale.ENGLISH);

        assertEquals(SessionState.HELD, session.state());
        assertTrue(session.recap().text().contains("Send the agenda"), session.recap().text());
        SessionView view = new SessionViews(store).session(MANAGER, session.id(), Map.of(), null, text);
        assertTrue(view.recap().recommended(), "a specific commitment makes the recap worth sending");
        assertEquals(null, new SessionViews(store).session(REPORT, session.id(), Map.of(), null, text).recap(),
                "the report reads the recap once it is sent, not the draft");
        assertEquals(List.of("Send the agenda", "Get back on the budget"),
                view.made().stream().map(c -> c.text()).toList());

        Session recapSent = sessions.sendRecap(MANAGER, session.id(), session.version());
        assertEquals(List.of(recapSent.id()), sent.stream().map(Session::id).toList());
        assertThrows(DomainException.class, () -> sessions.editRecap(MANAGER, recapSent.id(), recapSent.version(),
                "too late"));
        assertEquals(recapSent.recap().text(), new SessionViews(store).session(REPORT, session.id(), Map.of(), null,
                text).recap().text());

        commitments.complete(REPORT, commitment.id());
        Session next = scheduled(pairing);
        SessionView nextView = new SessionViews(store).session(MANAGER, next.id(), Map.of(), null, text);
        assertTrue(nextView.carried().stream().map(c -> c.text() + ":" + c.status()).toList()
                .containsAll(List.of("Send the agenda:DONE", "Get back on the budget:OPEN")), nextView.toString());
        TeamView team = new TeamViews(store).team(MANAGER, text);
        assertEquals(List.of("Get back on the budget"), team.myTasks().stream().map(c -> c.text()).toList());
    }

    @Test
    void whatIsAddedAfterFinishingGoesIntoTheRecapUnlessTheManagerEditedIt() {
        Pairing pairing = pairing();
        Session session = scheduled(pairing);
        session = sessions.openSegment(MANAGER, session.id(), session.version(), Segment.PROGRESS_CHECK);
        session = sessions.recordNotes(MANAGER, session.id(), session.version(), Segment.PROGRESS_CHECK, "shipped");
        Session held = sessions.finish(MANAGER, session.id(), session.version(), BundleMessages.english(),
                Locale.ENGLISH);
        assertTrue(!held.recap().text().contains("Send the agenda"), held.recap().text());

        sessions.keepingRecapCurrent(MANAGER, held.id(), BundleMessages.english(), Locale.ENGLISH,
                () -> commitments.make(MANAGER, held.id(), new CommitmentService.Agreement(Party.REPORT,
                        "Send the agenda", LocalDate.parse("2026-12-04"), CommitmentKind.OTHER, null)));
        Session redrafted = store.session(held.id()).orElseThrow();
        assertTrue(redrafted.recap().text().contains("Send the agenda"), "the draft names it: "
                + redrafted.recap().text());

        Session edited = sessions.editRecap(MANAGER, held.id(), redrafted.version(), "My own words.");
        sessions.keepingRecapCurrent(MANAGER, held.id(), BundleMessages.english(), Locale.ENGLISH,
                () -> commitments.make(MANAGER, held.id(), new CommitmentService.Agreement(Party.MANAGER,
                        "Book the room", LocalDate.parse("2026-12-03"), CommitmentKind.OTHER, null)));
        assertEquals("My own words.", store.session(held.id()).orElseThrow().recap().text(),
                "an edited recap is the manager's");
        assertEquals(edited.version(), store.session(held.id()).orElseThrow().version(),
                "the session itself was not written again");
    }

    @Test
    void onceTheRecapWasSentNothingMoreIsAgreedOrRecordedInThatSession() {
        Pairing pairing = pairing();
        DevelopmentThread thread = startThread(pairing);
        Session session = scheduled(pairing);
        session = sessions.openSegment(MANAGER, session.id(), session.version(), Segment.PROGRESS_CHECK);
        session = sessions.finish(MANAGER, session.id(), session.version(), BundleMessages.english(), Locale.ENGLISH);
        Session sent = sessions.sendRecap(MANAGER, session.id(), session.version());

        DomainException agreed = assertThrows(DomainException.class, () -> commitments.make(MANAGER, sent.id(),
                new CommitmentService.Agreement(Party.REPORT, "Not in the recap", null, null, null)));
        assertEquals("error.session.recap.sent", agreed.key());
        DomainException talked = assertThrows(DomainException.class, () -> sessions.recordTalk(MANAGER, sent.id(),
                sent.version(), new TalkTime(0, 1_000)));
        assertEquals("error.session.recap.sent", talked.key());
        DomainException entry = assertThrows(DomainException.class, () -> threads.record(MANAGER, thread.id(),
                thread.version(), new ThreadService.Entry(sent.id(), "after the fact", null, null)));
        assertEquals("error.session.recap.sent", entry.key());

        assertEquals(List.of(), store.history(pairing.id()).orElseThrow().commitmentsMadeIn(sent.id()));
        assertEquals(sent.version(), store.session(sent.id()).orElseThrow().version(), "nothing was written");
        assertEquals(thread.version(), store.thread(thread.id()).orElseThrow().version());
    }

    @Test
    void aThreadEntryIsOfASessionThatCanStillBeRecordedAndNeverDatedAhead() {
        Pairing pairing = pairing();
        DevelopmentThread thread = startThread(pairing);
        Session cancelled = scheduled(pairing);
        Session gone = sessions.cancel(MANAGER, cancelled.id(), cancelled.version());
        assertEquals("error.session.not.editable", assertThrows(DomainException.class, () -> threads.record(MANAGER,
                thread.id(), thread.version(), new ThreadService.Entry(gone.id(), "never held", null, null))).key());

        Session nextWeek = sessions.schedule(MANAGER, pairing.id(), CLOCK.instant().plus(Duration.ofDays(7)));
        DevelopmentThread recorded = threads.record(MANAGER, thread.id(), thread.version(),
                new ThreadService.Entry(nextWeek.id(), "talked early", null, null));
        assertEquals(LocalDate.now(CLOCK), recorded.history().get(recorded.history().size() - 1).date(),
                "an entry of a session run early is dated today");
    }

    @Test
    void theReportDoesNotSeeTheManagersHabitWarnings() {
        Session session = scheduled(pairing());
        session = sessions.openSegment(MANAGER, session.id(), session.version(), Segment.PROGRESS_CHECK);
        session = sessions.recordTalk(MANAGER, session.id(), session.version(),
                new TalkTime(900, 100));
        sessions.finish(MANAGER, session.id(), session.version(), BundleMessages.english(), Locale.ENGLISH);
        assertTrue(!new SessionViews(store).session(MANAGER, session.id(), Map.of(), null, text).warnings().isEmpty(),
                "the manager talked 90% of the time");
        assertEquals(List.of(), new SessionViews(store).session(REPORT, session.id(), Map.of(), null, text)
                .warnings());
    }

    @Test
    void commitmentsOfOthersArePrivateToo() {
        Session session = scheduled(pairing());
        Commitment commitment = commitments.make(MANAGER, session.id(), new CommitmentService.Agreement(Party.REPORT,
                "Send the agenda", null, null, null));
        NotFoundException e = assertThrows(NotFoundException.class, () -> commitments.complete(PEER,
                commitment.id()));
        assertEquals("There is no commitment #" + commitment.id() + ".", e.getMessage());
        assertEquals(null, store.commitment(commitment.id()).orElseThrow().completedOn());
    }

    @Test
    void rescheduleMarksTheSessionAndSchedulesItsSuccessor() {
        Session session = scheduled(pairing());
        Instant later = CLOCK.instant().plus(Duration.ofDays(2));
        Session moved = sessions.reschedule(MANAGER, session.id(), session.version(), later);
        assertEquals(later, moved.scheduledAt());
        assertEquals(SessionState.RESCHEDULED, store.session(session.id()).orElseThrow().state());
    }

    @Test
    void aPairingNeedsAKnownReportAndIsMadeOnce() {
        PairingService strict = new PairingService(store, user -> user.equals(REPORT) ? Optional.of("Alex")
                : Optional.empty(), CLOCK);
        PairingService.Setup setup = new PairingService.Setup(LocalDate.parse("2026-01-05"), null, false, null);
        DomainException unknown = assertThrows(DomainException.class, () -> strict.create(MANAGER,
                UserKey.of("nobody"), setup));
        assertEquals("report", unknown.field().orElseThrow());
        strict.create(MANAGER, REPORT, setup);
        assertThrows(DomainException.class, () -> strict.create(MANAGER, REPORT, setup));
        assertThrows(DomainException.class, () -> strict.create(MANAGER, REPORT,
                new PairingService.Setup(LocalDate.parse("2027-01-05"), null, false, null)));
        assertEquals(1, store.pairingsOf(MANAGER).size());
    }
}
