package dev.throughline.core.store.ao;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.i18n.MessageKey;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ConflictException;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.StoreException;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link OneOnOneStore} on Active Objects. Reads select whole rows ({@code @Preload}) so no value is loaded
 * lazily; a pairing's history takes five statements at most and a manager's team five, whatever their length.
 */
public final class AoStore implements OneOnOneStore {

    /** Every entity of the store, in the order their tables are created. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(PairingEntity.class,
            SessionEntity.class, CommitmentEntity.class, ThreadEntity.class, ThreadEntryEntity.class,
            RevisionEntity.class, ModelVersionEntity.class);

    private final EntityAccess db;

    /** {@link #ENTITIES} as the array Active Objects' {@code migrate} takes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends RawEntity<?>>[] entityTypes() {
        return ENTITIES.toArray(new Class[0]);
    }

    public AoStore(EntityAccess db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Pairing savePairing(Pairing pairing) {
        return db.inTransaction(() -> {
            PairingEntity row = pairing.id() == 0
                    ? db.create(PairingEntity.class, Map.of("MANAGER_KEY", pairing.manager().value(),
                            "REPORT_KEY", pairing.report().value(),
                            "TEAM_START_DATE", pairing.teamStartDate().toString()))
                    : existing(PairingEntity.class, pairing.id(), "pairing");
            Rows.copy(pairing, row);
            row.save();
            return Rows.pairing(row);
        });
    }

    @Override
    public Optional<Pairing> pairing(long id) {
        return byId(PairingEntity.class, id).map(Rows::pairing);
    }

    @Override
    public List<Pairing> pairingsOf(UserKey user) {
        return Arrays.stream(db.find(PairingEntity.class, Query.select()
                        .where("MANAGER_KEY = ? OR REPORT_KEY = ?", user.value(), user.value()).order("ID")))
                .map(Rows::pairing).toList();
    }

    @Override
    public Optional<PairingHistory> history(long pairingId) {
        return pairing(pairingId).map(pairing -> histories(List.of(pairing), null).get(0));
    }

    @Override
    public Optional<PairingHistory> prepHistory(long sessionId) {
        return new PrepReader(db).read(sessionId);
    }

    @Override
    public List<PairingHistory> team(UserKey manager) {
        List<Pairing> pairings = Arrays.stream(db.find(PairingEntity.class,
                        Query.select().where("MANAGER_KEY = ?", manager.value()).order("REPORT_KEY, ID")))
                .map(Rows::pairing).toList();
        return pairings.isEmpty() ? List.of() : histories(pairings, history -> history.lastHeld().stream());
    }

    @Override
    public Optional<PairingHistory> sessionHistory(long pairingId, long sessionId) {
        return pairing(pairingId).map(pairing -> histories(List.of(pairing), history -> {
            Optional<Session> session = history.session(sessionId);
            return Stream.of(session, session.flatMap(history::heldBefore), history.lastHeld())
                    .flatMap(Optional::stream);
        }).get(0));
    }

    /**
     * The histories of the pairings, in their order: four statements however many pairings and rows (three when
     * there is no thread entry to read). With {@code sessions}, the commitments read are those not done and those
     * made in the sessions it names from each history's sessions (the history it is given has no commitments yet),
     * and the entries of the active threads only; without, every commitment and every entry.
     */
    private List<PairingHistory> histories(List<Pairing> pairings, Function<PairingHistory, Stream<Session>> sessions) {
        Object[] ids = pairings.stream().map(Pairing::id).toArray();
        String in = "PAIRING_ID IN (" + placeholders(ids.length) + ")";
        Map<Long, List<Session>> sessionsOf = group(db.find(SessionEntity.class, Query.select().where(in, ids)),
                SessionEntity::getPairingId, Rows::session);
        Query commitmentQuery = Query.select().where(in, ids);
        if (sessions != null) {
            List<Object> origins = pairings.stream()
                    .flatMap(p -> sessions.apply(new PairingHistory(p, sessionsOf.getOrDefault(p.id(), List.of()),
                            List.of(), List.of())))
                    .map(session -> (Object) session.id()).distinct().toList();
            List<Object> parameters = new ArrayList<>(Arrays.asList(ids));
            parameters.addAll(origins);
            commitmentQuery = Query.select().where(in + " AND (COMPLETED_ON IS NULL" + (origins.isEmpty() ? ""
                    : " OR ORIGIN_SESSION_ID IN (" + placeholders(origins.size()) + ")") + ")", parameters.toArray());
        }
        Map<Long, List<Commitment>> commitments = group(db.find(CommitmentEntity.class, commitmentQuery),
                CommitmentEntity::getPairingId, Rows::commitment);
        ThreadEntity[] threadRows = db.find(ThreadEntity.class, Query.select().where(in, ids));
        Object[] withEntries = Arrays.stream(threadRows)
                .filter(row -> sessions == null || ThreadStatus.ACTIVE.name().equals(row.getStatus()))
                .map(row -> (Object) (long) row.getID()).toArray();
        Map<Long, List<ThreadEntry>> entries = withEntries.length == 0 ? Map.of()
                : group(db.find(ThreadEntryEntity.class, Query.select().where("THREAD_ID IN ("
                        + placeholders(withEntries.length) + ")", withEntries)), ThreadEntryEntity::getThreadId,
                        Rows::entry);
        Map<Long, List<DevelopmentThread>> threads = group(threadRows, ThreadEntity::getPairingId,
                row -> Rows.thread(row, entries.getOrDefault((long) row.getID(), List.of())));
        return pairings.stream().map(p -> new PairingHistory(p,
                sessionsOf.getOrDefault(p.id(), List.of()),
                sorted(commitments.getOrDefault(p.id(), List.of()), Comparator.comparingLong(Commitment::id)),
                sorted(threads.getOrDefault(p.id(), List.of()), Comparator.comparingLong(DevelopmentThread::id))))
                .toList();
    }

    @Override
    public Session saveSession(Session session) {
        return versioned("session", session.id(), () -> {
            if (session.id() == 0) {
                SessionEntity row = db.create(SessionEntity.class, Map.of("PAIRING_ID", session.pairingId(),
                        "SCHEDULED_AT", session.scheduledAt().toEpochMilli(), "STATE", session.state().name(),
                        "VERSION", 1L));
                Rows.copy(session, 1, row);
                row.save();
                return Rows.session(row);
            }
            SessionEntity row = existing(SessionEntity.class, session.id(), "session");
            long next = claimNextVersion("session", session.id(), row.getVersion(), session.version());
            Rows.copy(session, next, row);
            row.save();
            return Rows.session(row);
        });
    }

    @Override
    public Optional<Session> session(long id) {
        return byId(SessionEntity.class, id).map(Rows::session);
    }

    @Override
    public Commitment saveCommitment(Commitment commitment) {
        return db.inTransaction(() -> {
            CommitmentEntity row = commitment.id() == 0
                    ? db.create(CommitmentEntity.class, Map.of("PAIRING_ID", commitment.pairingId(),
                            "ORIGIN_SESSION_ID", commitment.originSessionId(),
                            "MADE_ON", commitment.madeOn().toString(), "OWNER", commitment.owner().name(),
                            "TEXT", commitment.text(), "KIND", commitment.kind().name()))
                    : existing(CommitmentEntity.class, commitment.id(), "commitment");
            Rows.copy(commitment, row);
            row.save();
            return Rows.commitment(row);
        });
    }

    @Override
    public Optional<Commitment> commitment(long id) {
        return byId(CommitmentEntity.class, id).map(Rows::commitment);
    }

    @Override
    public DevelopmentThread saveThread(DevelopmentThread thread) {
        return versioned("thread", thread.id(), () -> {
            ThreadEntity row;
            long version;
            if (thread.id() == 0) {
                version = 1;
                row = db.create(ThreadEntity.class, Map.of("PAIRING_ID", thread.pairingId(),
                        "REPORT_KEY", thread.report().value(), "GROWTH_AREA", thread.growthArea(),
                        "STATUS", thread.status().name(), "STARTED_ON", thread.startedOn().toString(),
                        "VERSION", 1L));
            } else {
                row = existing(ThreadEntity.class, thread.id(), "thread");
                version = claimNextVersion("thread", thread.id(), row.getVersion(), thread.version());
            }
            Rows.copy(thread, version, row);
            row.save();
            return Rows.thread(row, saveEntries(row.getID(), thread));
        });
    }

    /** Brings the stored history in line with the thread's: inserts new entries, updates changed, drops gone. */
    private List<ThreadEntry> saveEntries(long threadId, DevelopmentThread thread) {
        Map<Long, ThreadEntryEntity> stored = Arrays.stream(db.find(ThreadEntryEntity.class,
                        Query.select().where("THREAD_ID = ?", threadId)))
                .collect(Collectors.toMap(ThreadEntryEntity::getSessionId, Function.identity(), (a, b) -> a));
        for (ThreadEntry entry : thread.entries()) {
            ThreadEntryEntity row = stored.remove(entry.sessionId());
            if (row == null) {
                db.create(ThreadEntryEntity.class, Rows.entryColumns(threadId, thread.pairingId(), entry));
            } else if (!Rows.sameEntry(entry, row)) {
                Rows.copy(entry, row);
                row.save();
            }
        }
        if (!stored.isEmpty()) {
            db.delete(stored.values().toArray(new ThreadEntryEntity[0]));
        }
        return thread.entries();
    }

    @Override
    public Optional<DevelopmentThread> thread(long id) {
        return byId(ThreadEntity.class, id).map(row -> Rows.thread(row, Arrays.stream(db.find(ThreadEntryEntity.class,
                Query.select().where("THREAD_ID = ?", id))).map(Rows::entry).toList()));
    }

    @Override
    public void deletePairing(long pairingId) {
        db.inTransaction(() -> {
            List<String> revisions = new ArrayList<>();
            for (SessionEntity row : db.find(SessionEntity.class, Query.select().where("PAIRING_ID = ?", pairingId))) {
                revisions.add(revisionKey("session", row.getID(), row.getVersion()));
            }
            for (ThreadEntity row : db.find(ThreadEntity.class, Query.select().where("PAIRING_ID = ?", pairingId))) {
                revisions.add(revisionKey("thread", row.getID(), row.getVersion()));
            }
            if (!revisions.isEmpty()) {
                db.deleteWithSQL(RevisionEntity.class, "REVISION_KEY IN (" + placeholders(revisions.size()) + ")",
                        revisions.toArray());
            }
            db.deleteWithSQL(ThreadEntryEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(ThreadEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(CommitmentEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(SessionEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(PairingEntity.class, "ID = ?", pairingId);
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return db.inTransaction(work);
        } catch (StoreException | UndeclaredThrowableException e) {
            if (isConcurrencyConflict(e)) { // e.g. PostgreSQL refusing the commit of a serialization loser
                throw new ConflictException();
            }
            throw e;
        }
    }

    /**
     * Checks the caller read the current version and claims the next one. The claim is a unique key inserted in
     * this transaction: of two writers racing from the same version, the database admits exactly one.
     */
    private long claimNextVersion(String kind, long id, long stored, long read) {
        if (stored != read) {
            throw new ConflictException(kind, id);
        }
        long next = read + 1;
        db.create(RevisionEntity.class, Map.of("REVISION_KEY", revisionKey(kind, id, next)));
        db.deleteWithSQL(RevisionEntity.class, "REVISION_KEY = ?", revisionKey(kind, id, read));
        return next;
    }

    /** The stored claim of one version of a record: {@code SESSION:12:4}. */
    private static String revisionKey(String kind, long id, long version) {
        return kind.toUpperCase(Locale.ROOT) + ":" + id + ":" + version;
    }

    /**
     * Runs a versioned write in one transaction. Losing a race to another writer of the same record surfaces
     * from the database as a unique-key violation on the revision (SQLSTATE 23…), or, on PostgreSQL, as a
     * serialization failure (40001) or deadlock (40P01): each means "changed by someone else", a conflict.
     */
    private <T> T versioned(String kind, long id, Supplier<T> write) {
        try {
            return db.inTransaction(write);
        } catch (StoreException | UndeclaredThrowableException e) {
            // An entity's save() is a proxy call: its SQLException arrives wrapped as undeclared.
            if (isConcurrencyConflict(e)) {
                throw new ConflictException(kind, id);
            }
            throw e;
        }
    }

    /**
     * A write lost to a concurrent one: the unique revision key refused (SQLSTATE 23xxx), or the database could not
     * serialize the transaction however often it was tried. A serialization failure inside a running transaction
     * is not one yet: it travels up, so the outermost transaction is tried again.
     */
    private static boolean isConcurrencyConflict(RuntimeException e) {
        return e instanceof SerializationFailure
                || EntityManagerAccess.sqlState(e.getCause(), state -> state.startsWith("23"));
    }

    private <T extends RawEntity<Integer>> Optional<T> byId(Class<T> type, long id) {
        T[] rows = db.find(type, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private <T extends RawEntity<Integer>> T existing(Class<T> type, long id, String what) {
        return byId(type, id).orElseThrow(() -> new NotFoundException(what, id));
    }

    private static <R, V> Map<Long, List<V>> group(R[] rows, Function<R, Long> key, Function<R, V> convert) {
        Map<Long, List<V>> grouped = new HashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(convert.apply(row));
        }
        return grouped;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static <V> List<V> sorted(Collection<V> values, Comparator<V> order) {
        return values.stream().sorted(order).toList();
    }
}
