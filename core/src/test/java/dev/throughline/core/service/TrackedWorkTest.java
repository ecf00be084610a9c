package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.CommitmentStatus;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.TestDatabase;
import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.core.view.PrepView;
import dev.throughline.core.view.SessionViews;
import dev.throughline.core.view.TeamView;
import dev.throughline.core.view.TeamViews;
import dev.throughline.core.view.ViewText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.throughline.core.service.ServicesTest.CLOCK;
import static dev.throughline.core.service.ServicesTest.MANAGER;
import static dev.throughline.core.service.ServicesTest.PEOPLE;
import static dev.throughline.core.service.ServicesTest.REPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the host tracks work (Jira's issues and sub-tasks), the services record sessions and commitments there in the
 * same unit of work, a refusal there leaves nothing behind, and what the host says is done is done: read back in one
 * batch for every view.
 */
class TrackedWorkTest {

    @TempDir
    Path directory;
    AoDatabase database;
    OneOnOneStore store;
    final Host host = new Host();
    PairingService pairings;
    SessionService sessions;
    CommitmentService commitments;
    final ViewText text = new ViewText(BundleMessages.english(), Locale.ENGLISH, CLOCK, PEOPLE);

    @BeforeEach
    void open() {
        database = TestDatabase.HSQLDB_MEMORY.open(directory).connect();
        store = new TrackedStore(database.store(), host);
        pairings = new PairingService(store, PEOPLE, CLOCK);
        sessions = new SessionService(store, PEOPLE, (pairing, session) -> { }, host, CLOCK);
        commitments = new CommitmentService(store, host, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aScheduledSessionIsRecordedWithTheHostAndARefusalThereUndoesIt() {
        Pairing pairing = pairing(REPORT);
        Session session = scheduled(pairing);
        assertEquals(List.of("scheduled " + session.id()), host.calls);

        host.refuse = true;
        assertThrows(DomainException.class, () -> scheduled(pairing));
        assertEquals(1, store.history(pairing.id()).orElseThrow().sessions().size(), "the refused one is not kept");
    }

    @Test
    void aCommitmentIsSavedWithItsWorkItemAndARefusalLeavesNothing() {
        Session session = scheduled(pairing(REPORT));
        Commitment made = make(session, "Send the agenda");
        assertEquals("ITEM-1", made.workItemKey());
        assertEquals("ITEM-1", store.commitment(made.id()).orElseThrow().workItemKey());
        assertTrue(host.calls.contains("committed Send the agenda in " + session.id()), host.calls.toString());

        host.refuse = true;
        assertThrows(DomainException.class, () -> make(session, "Refused by the host"));
        assertEquals(List.of("Send the agenda"), store.history(session.pairingId()).orElseThrow().commitments()
                .stream().map(Commitment::text).toList());
    }

    @Test
    void aCommitmentThatCannotBeSavedTakesItsWorkItemWithIt() {
        Session session = scheduled(pairing(REPORT));
        OneOnOneStore real = database.store();
        OneOnOneStore failing = (OneOnOneStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OneOnOneStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveCommitment")) {
                        throw new IllegalStateException("the database went away");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CommitmentService broken = new CommitmentService(failing, host, CLOCK);
        assertThrows(IllegalStateException.class, () -> broken.make(MANAGER, session.id(),
                new CommitmentService.Agreement(Party.REPORT, "Lost", null, null, null)));
        assertTrue(host.calls.contains("discarded ITEM-1"), host.calls.toString());
    }

    @Test
    void whatTheHostResolvedIsDoneInEveryViewReadInOneBatchPerView() {
        Pairing alex = pairing(REPORT);
        Pairing sam = pairing(UserKey.of("sam"));
        Session first = scheduled(alex);
        Commitment agenda = make(first, "Send the agenda");
        Commitment budget = make(first, "Check the budget");
        make(scheduled(sam), "Book the room");
        sessions.finish(MANAGER, first.id(), first.version(), BundleMessages.english(), Locale.ENGLISH);
        Session second = scheduled(alex);
        host.resolved.put(agenda.workItemKey(), LocalDate.parse("2026-11-30"));

        host.batches.clear();
        assertEquals(LocalDate.parse("2026-11-30"), store.commitment(agenda.id()).orElseThrow().completedOn());
        assertNull(store.commitment(budget.id()).orElseThrow().completedOn());
        TeamView team = new TeamViews(store).team(MANAGER, text);
        assertEquals(List.of(1, 1), team.reports().stream().map(TeamView.Row::openCommitments).toList(),
                "alex has one open (the agenda is done), sam one");
        PrepView prep = new SessionViews(store).prep(MANAGER, second.id(), text);
        assertEquals(Map.of("Send the agenda", CommitmentStatus.DONE.name(), "Check the budget",
                CommitmentStatus.OPEN.name()), statuses(prep));
        assertEquals(List.of(List.of("ITEM-1"), List.of("ITEM-2"), List.of("ITEM-1", "ITEM-2", "ITEM-3"),
                List.of("ITEM-1", "ITEM-2")), host.batches, "one batch per read, the team's included");
    }

    @Test
    void aCommitmentWhoseItemWasDeletedInTheHostIsThroughlinesOwnAgain() {
        Session session = scheduled(pairing(REPORT));
        Commitment agenda = make(session, "Send the agenda");
        host.deleted.add(agenda.workItemKey());

        Commitment own = store.commitment(agenda.id()).orElseThrow();
        assertEquals(false, own.isTracked(), "nothing left to say when it is done");
        Commitment done = commitments.complete(REPORT, agenda.id());
        assertEquals(CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate(), done.completedOn());
        assertEquals(true, store.commitment(agenda.id()).orElseThrow().isDone(), "and it stays done");
    }

    @Test
    void untrackedCommitmentsNeverAskTheHost() {
        OneOnOneStore plain = new TrackedStore(database.store(), host);
        CommitmentService untracked = new CommitmentService(plain, WorkItems.NONE, CLOCK);
        Session session = scheduled(pairing(REPORT));
        untracked.make(MANAGER, session.id(), new CommitmentService.Agreement(Party.REPORT, "Mine alone", null,
                null, null));
        host.batches.clear();
        new TeamViews(plain).team(MANAGER, text);
        assertEquals(List.of(), host.batches);
    }

    @Test
    void aTrackedCommitmentIsMarkedDoneOnItsWorkItemNotHere() {
        Session session = scheduled(pairing(REPORT));
        Commitment tracked = make(session, "Send the agenda");
        DomainException e = assertThrows(DomainException.class, () -> commitments.complete(REPORT, tracked.id()));
        assertEquals("error.commitment.tracked", e.key());
        assertThrows(DomainException.class, () -> commitments.reopen(MANAGER, tracked.id()));
    }

    @Test
    void theHostHearsOfHeldCancelledAndMovedSessions() {
        Pairing pairing = pairing(REPORT);
        Session held = scheduled(pairing);
        held = sessions.finish(MANAGER, held.id(), held.version(), BundleMessages.english(), Locale.ENGLISH);
        Session cancelled = scheduled(pairing);
        sessions.cancel(MANAGER, cancelled.id(), cancelled.version());
        Session moved = scheduled(pairing);
        Session next = sessions.reschedule(MANAGER, moved.id(), moved.version(),
                CLOCK.instant().plus(Duration.ofDays(2)));
        assertEquals(List.of("scheduled " + held.id(), "updated " + held.id() + " HELD with recap",
                "scheduled " + cancelled.id(), "updated " + cancelled.id() + " CANCELLED",
                "scheduled " + moved.id(), "scheduled " + next.id(), "updated " + moved.id() + " RESCHEDULED"),
                host.calls);
        assertEquals(SessionState.SCHEDULED, next.state());

        host.calls.clear();
        held = sessions.editRecap(MANAGER, held.id(), held.version(), "Discussed the launch.");
        held = sessions.recordTalk(MANAGER, held.id(), held.version(), new TalkTime(60, 120));
        Session opened = sessions.openSegment(MANAGER, next.id(), next.version(), Segment.PROGRESS_CHECK);
        sessions.recordNotes(MANAGER, opened.id(), opened.version(), Segment.PROGRESS_CHECK, "not held yet");
        assertEquals(List.of("updated " + held.id() + " HELD with recap", "updated " + held.id() + " HELD with recap"),
                host.calls, "the host's copy of a held session follows every edit; a scheduled one has none");
    }

    @Test
    void aMoveTheHostRefusesHalfwayTakesBackTheNewSessionThere() {
        Pairing pairing = pairing(REPORT);
        Session moved = scheduled(pairing);
        host.calls.clear();
        host.refuseUpdates = true;

        assertThrows(DomainException.class, () -> sessions.reschedule(MANAGER, moved.id(), moved.version(),
                CLOCK.instant().plus(Duration.ofDays(2))));

        assertEquals(2, host.calls.size(), String.valueOf(host.calls));
        assertTrue(host.calls.get(0).startsWith("scheduled "));
        assertEquals("un" + host.calls.get(0), host.calls.get(1), "the host's new session is taken back");
        assertEquals(SessionState.SCHEDULED, store.session(moved.id()).orElseThrow().state(), "nothing moved");
        assertEquals(1, store.history(pairing.id()).orElseThrow().sessions().size());
    }

    private Pairing pairing(UserKey report) {
        return pairings.create(MANAGER, report, new PairingService.Setup(LocalDate.parse("2026-01-05"), null, false,
                null));
    }

    private Session scheduled(Pairing pairing) {
        return sessions.schedule(MANAGER, pairing.id(), CLOCK.instant().plus(Duration.ofHours(1)));
    }

    private Commitment make(Session session, String what) {
        return commitments.make(MANAGER, session.id(), new CommitmentService.Agreement(Party.REPORT, what,
                LocalDate.parse("2026-12-04"), CommitmentKind.OTHER, null));
    }

    private static Map<String, String> statuses(PrepView prep) {
        Map<String, String> statuses = new HashMap<>();
        prep.commitments().forEach(c -> statuses.put(c.text(), c.status()));
        return statuses;
    }

    /** The host's side, as the port sees it: keys handed out in order, resolutions set by the test, every call noted. */
    static final class Host implements WorkItems {

        final List<String> calls = new ArrayList<>();
        final List<List<String>> batches = new ArrayList<>();
        final Map<String, LocalDate> resolved = new HashMap<>();
        final java.util.Set<String> deleted = new java.util.HashSet<>();
        boolean refuse;
        boolean refuseUpdates;
        private int next;

        @Override
        public void scheduled(Pairing pairing, Session session) {
            refuseIfTold();
            calls.add("scheduled " + session.id());
        }

        @Override
        public void updated(Pairing pairing, Session session) {
            if (refuseUpdates) {
                throw new DomainException("error.required", "project");
            }
            calls.add("updated " + session.id() + " " + session.state()
                    + (session.recapValue().isPresent() ? " with recap" : ""));
        }

        @Override
        public void unscheduled(Session session) {
            calls.add("unscheduled " + session.id());
        }

        @Override
        public Optional<String> committed(Pairing pairing, Session session, Commitment commitment) {
            refuseIfTold();
            calls.add("committed " + commitment.text() + " in " + session.id());
            return Optional.of("ITEM-" + ++next);
        }

        @Override
        public void discard(String key) {
            calls.add("discarded " + key);
        }

        @Override
        public Map<String, Optional<LocalDate>> completed(Collection<String> keys) {
            batches.add(keys.stream().sorted().toList());
            Map<String, Optional<LocalDate>> known = new HashMap<>();
            for (String key : keys) {
                if (!deleted.contains(key)) {
                    known.put(key, Optional.ofNullable(resolved.get(key)));
                }
            }
            return known;
        }

        private void refuseIfTold() {
            if (refuse) {
                throw new DomainException("error.required", "project");
            }
        }
    }
}
