package dev.throughline.core.service;

import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.recap.RecapDrafter;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Segment;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import dev.throughline.core.session.TalkTime;
import dev.throughline.core.store.ConflictException;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs a one-on-one from scheduling to the recap. Every change is the manager's, is made against the version
 * the manager last saw (a stale one is a {@link ConflictException}) and is saved in one transaction.
 */
public final class SessionService {

    private final OneOnOneStore store;
    private final PairingAccess access;
    private final People people;
    private final Notifier notifier;
    private final WorkItems workItems;
    private final Clock clock;

    public SessionService(OneOnOneStore store, People people, Notifier notifier, WorkItems workItems, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
        this.people = Objects.requireNonNull(people, "people");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.workItems = Objects.requireNonNull(workItems, "workItems");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new session, recorded where the host tracks work too (in the same transaction: a refusal there undoes it). */
    public Session schedule(UserKey viewer, long pairingId, Instant at) {
        return store.inTransaction(() -> {
            Pairing pairing = access.pairingManagedBy(viewer, pairingId);
            Session scheduled = store.saveSession(Session.schedule(pairingId, at, clock));
            workItems.scheduled(pairing, scheduled);
            return scheduled;
        });
    }

    /** The session, for its pairing's manager or report. */
    public Session get(UserKey viewer, long sessionId) {
        Session session = store.session(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        pairingOf(viewer, session);
        return session;
    }

    /** The session's pairing, for its manager or report; to anyone else the session does not exist. */
    private Pairing pairingOf(UserKey viewer, Session session) {
        return access.pairingOf(viewer, session.pairingId(), "session", session.id());
    }

    public Session openSegment(UserKey viewer, long sessionId, long version, Segment segment) {
        return change(viewer, sessionId, version, s -> s.openSegment(segment, clock.instant()));
    }

    public Session recordNotes(UserKey viewer, long sessionId, long version, Segment segment, String notes) {
        return changeShown(viewer, sessionId, version, s -> s.recordNotes(segment, notes));
    }

    public Session planMinutes(UserKey viewer, long sessionId, long version, Segment segment, int minutes) {
        return change(viewer, sessionId, version, s -> s.planMinutes(segment, minutes));
    }

    public Session setFocus(UserKey viewer, long sessionId, long version, String focus) {
        return change(viewer, sessionId, version, s -> s.withFocus(focus));
    }

    public Session recordTalk(UserKey viewer, long sessionId, long version, TalkTime more) {
        return changeShown(viewer, sessionId, version, s -> s.recordTalk(more));
    }

    /**
     * The session took place: it is held with its recap drafted from what was recorded (editable until sent), in one
     * write.
     */
    public Session finish(UserKey viewer, long sessionId, long version, Messages messages, Locale locale) {
        return store.inTransaction(() -> {
            PairingHistory history = access.aroundSession(viewer, sessionId);
            PairingAccess.requireManager(viewer, history.pairing());
            Session session = history.session(sessionId).orElseThrow();
            if (session.version() != version) {
                throw new ConflictException("session", sessionId);
            }
            Session held = session.hold(clock.instant());
            Session drafted = store.saveSession(held.withRecap(draft(history, held, messages, locale)));
            workItems.updated(history.pairing(), drafted);
            return drafted;
        });
    }

    /**
     * Runs {@code addition} (a commitment made, or a development thread entry recorded, in the session) and, when the
     * session was already held with its recap drafted and neither edited nor sent, drafts the recap again, so it
     * names what was added. A recap the manager edited is theirs and stays as they wrote it.
     */
    public <T> T keepingRecapCurrent(UserKey viewer, long sessionId, Messages messages, Locale locale,
                                     Supplier<T> addition) {
        return store.inTransaction(() -> {
            // Only a held session's unsent recap is at stake: for any other the session alone is read.
            Optional<Session> held = store.session(sessionId)
                    .filter(session -> session.state() == SessionState.HELD && session.recapSentAt() == null);
            Optional<PairingHistory> before = held.flatMap(session -> store.sessionHistory(sessionId))
                    .filter(history -> history.pairing().manager().equals(viewer));
            boolean asDrafted = before.isPresent() && held.get().recapValue().map(Recap::text)
                    .equals(Optional.of(draft(before.get(), held.get(), messages, locale).text()));
            T result = addition.get();
            if (asDrafted) {
                PairingHistory after = store.sessionHistory(sessionId).orElseThrow();
                Session session = after.session(sessionId).orElseThrow();
                Session redrafted = store.saveSession(session.withRecap(draft(after, session, messages, locale)));
                workItems.updated(after.pairing(), redrafted);
            }
            return result;
        });
    }

    private Recap draft(PairingHistory history, Session held, Messages messages, Locale locale) {
        return new RecapDrafter(messages, locale, clock.getZone()).draft(held, history.commitmentsMadeIn(held.id()),
                history.activeThread(), party -> party == Party.REPORT ? people.nameOf(history.pairing().report())
                        : people.nameOf(history.pairing().manager()));
    }

    public Session cancel(UserKey viewer, long sessionId, long version) {
        return store.inTransaction(() -> {
            Changed cancelled = changed(viewer, sessionId, version, s -> s.cancel(clock.instant()));
            workItems.updated(cancelled.pairing(), cancelled.session());
            return cancelled.session();
        });
    }

    /** Moves the session: it is marked rescheduled and a new session is scheduled at {@code to}, which is returned. */
    public Session reschedule(UserKey viewer, long sessionId, long version, Instant to) {
        return store.inTransaction(() -> {
            Changed moved = changed(viewer, sessionId, version, s -> s.reschedule(to, clock.instant()));
            Session next = store.saveSession(Session.schedule(moved.session().pairingId(), to, clock));
            // The new one first: when the host refuses it, nothing of the move has reached the host yet; when it
            // then refuses the old one's update, the new one is taken back.
            workItems.scheduled(moved.pairing(), next);
            try {
                workItems.updated(moved.pairing(), moved.session());
            } catch (RuntimeException refused) {
                try {
                    workItems.unscheduled(next);
                } catch (RuntimeException undo) {
                    refused.addSuppressed(undo);
                }
                throw refused;
            }
            return next;
        });
    }

    /** The manager's edit of the drafted recap. */
    public Session editRecap(UserKey viewer, long sessionId, long version, String text) {
        return changeShown(viewer, sessionId, version, s -> s.withRecap(Recap.parse(text)));
    }

    /** Sends the recap to the report; it can no longer be edited. */
    public Session sendRecap(UserKey viewer, long sessionId, long version) {
        return store.inTransaction(() -> {
            Changed sent = changed(viewer, sessionId, version, s -> s.markRecapSent(clock.instant()));
            notifier.sendRecap(sent.pairing(), sent.session());
            return sent.session();
        });
    }

    /**
     * A change of what a held session shows where the host tracks it (its notes, talk share, recap): the host's copy
     * follows, so nothing the manager rewrote or removed stays there.
     */
    private Session changeShown(UserKey viewer, long sessionId, long version, UnaryOperator<Session> change) {
        return store.inTransaction(() -> {
            Changed changed = changed(viewer, sessionId, version, change);
            if (changed.session().state() == SessionState.HELD) {
                workItems.updated(changed.pairing(), changed.session());
            }
            return changed.session();
        });
    }

    private Session change(UserKey viewer, long sessionId, long version, UnaryOperator<Session> change) {
        return changed(viewer, sessionId, version, change).session();
    }

    /** A session changed by its manager, with its pairing (read to check the manager, so not read again). */
    private record Changed(Pairing pairing, Session session) {
    }

    private Changed changed(UserKey viewer, long sessionId, long version, UnaryOperator<Session> change) {
        return store.inTransaction(() -> {
            Session session = store.session(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
            Pairing pairing = pairingOf(viewer, session);
            PairingAccess.requireManager(viewer, pairing);
            if (session.version() != version) {
                throw new ConflictException("session", sessionId);
            }
            return new Changed(pairing, store.saveSession(change.apply(session)));
        });
    }
}
