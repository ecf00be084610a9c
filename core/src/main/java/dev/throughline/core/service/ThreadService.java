package dev.throughline.core.service;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ConflictException;
import dev.throughline.core.store.OneOnOneStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The report's development thread: the manager starts it, records what each session said about it, and
 * redefines, achieves or parks it. One thread is active at a time.
 */
public final class ThreadService {

    private final OneOnOneStore store;
    private final PairingAccess access;
    private final Clock clock;

    public ThreadService(OneOnOneStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.access = new PairingAccess(store);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the thread is about. */
    public record Definition(String growthArea, String target, String gap, String whatGoodLooksLike,
                             boolean gapFlagged) {
    }

    /** What one session said: a note, the agreed next step and its review date (two weeks when not given). */
    public record Entry(long sessionId, String note, String nextStep, LocalDate reviewDate) {
    }

    public DevelopmentThread start(UserKey viewer, long pairingId, Definition definition, String nextStep,
                                   LocalDate reviewDate) {
        Objects.requireNonNull(definition, "definition");
        return store.inTransaction(() -> {
            PairingHistory history = access.managedBy(viewer, pairingId);
            LocalDate today = LocalDate.now(clock);
            requireNotPast(reviewDate, today);
            DevelopmentThread thread = DevelopmentThread.start(pairingId, history.pairing().report(), today,
                    definition.growthArea(), definition.target(), definition.gap(), definition.whatGoodLooksLike(),
                    nextStep, reviewDate, definition.gapFlagged());
            if (history.activeThread().isPresent()) {
                throw new DomainException("error.thread.active.exists", "growthArea");
            }
            return store.saveThread(thread);
        });
    }

    /** The thread, for its pairing's manager or report. */
    public DevelopmentThread get(UserKey viewer, long threadId) {
        DevelopmentThread thread = store.thread(threadId).orElseThrow(() -> new NotFoundException("thread", threadId));
        seen(viewer, thread);
        return thread;
    }

    /** The thread's pairing, for its manager or report; to anyone else the thread does not exist. */
    private Pairing seen(UserKey viewer, DevelopmentThread thread) {
        return access.pairingOf(viewer, thread.pairingId(), "thread", thread.id());
    }

    public DevelopmentThread record(UserKey viewer, long threadId, long version, Entry entry) {
        Objects.requireNonNull(entry, "entry");
        return change(viewer, threadId, version, thread -> {
            Session session = store.session(entry.sessionId())
                    .filter(s -> s.pairingId() == thread.pairingId())
                    .orElseThrow(() -> new DomainException("error.session.other.pairing", "sessionId"));
            session.requireEditable("sessionId");
            return thread.recordEntry(session.id(), session.recordedOn(clock), entry.note(), entry.nextStep(),
                    entry.reviewDate());
        });
    }

    public DevelopmentThread redefine(UserKey viewer, long threadId, long version, Definition definition) {
        Objects.requireNonNull(definition, "definition");
        return change(viewer, threadId, version, thread -> thread.redefine(definition.growthArea(),
                definition.target(), definition.gap(), definition.whatGoodLooksLike(), definition.gapFlagged()));
    }

    public DevelopmentThread close(UserKey viewer, long threadId, long version, ThreadStatus status) {
        if (status == null || status == ThreadStatus.ACTIVE) {
            throw new DomainException("error.thread.close.status", "status");
        }
        return change(viewer, threadId, version, thread -> thread.withStatus(status));
    }

    private DevelopmentThread change(UserKey viewer, long threadId, long version,
                                     UnaryOperator<DevelopmentThread> change) {
        return store.inTransaction(() -> {
            DevelopmentThread thread = store.thread(threadId)
                    .orElseThrow(() -> new NotFoundException("thread", threadId));
            PairingAccess.requireManager(viewer, seen(viewer, thread));
            if (thread.version() != version) {
                throw new ConflictException("thread", threadId);
            }
            return store.saveThread(change.apply(thread));
        });
    }

    private static void requireNotPast(LocalDate reviewDate, LocalDate today) {
        if (reviewDate != null && reviewDate.isBefore(today)) {
            throw new DomainException("error.thread.review.past", "reviewDate");
        }
    }
}
