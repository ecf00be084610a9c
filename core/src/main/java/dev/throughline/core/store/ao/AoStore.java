package dev.throughline.core.store.ao;

import dev.throughline.core.DomainException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Session;
import dev.throughline.core.store.ConflictException;
import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.StoreException;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * {@link OneOnOneStore} on Active Objects. Reads select whole rows ({@code @Preload}) so no value is loaded
 * lazily.
 * <p>
 * Every write to a pairing's record claims the pairing's next version once per transaction ({@link
 * VersionClaimEntity}), and leaves the version with a fresh stamp on the pairing row: so a pairing row read says
 * whether a copy of the record is current. This node keeps the records it read or wrote ({@link HistoryCache}): a
 * read costs one statement (the pairing row) while the copy is current; when another node wrote since, the rows
 * written since the copy's version (each row names the version of the write that last changed it); without a copy,
 * the whole record, in four more statements; a write reads the row, claims, and writes its own rows, and
 * its transaction's copy of the record, updated by its writes, becomes the cached one when it commits. Two writers
 * from the same version: the database admits one claim; the other's transaction runs again from the start, on the
 * record as the first left it, and so still meets a stale version of the same session or thread as a conflict.
 */
public final class AoStore implements OneOnOneStore {

    /** Every entity of the store, in the order their tables are created. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(PairingEntity.class,
            SessionEntity.class, CommitmentEntity.class, ThreadEntity.class, ThreadEntryEntity.class,
            VersionClaimEntity.class, ModelVersionEntity.class);

    /**
     * The rows (sessions, commitments, threads, entries) the records kept on one node hold at most, by default: the
     * records of about 250 pairings with five years of weekly sessions, in the order of a kilobyte a row (every 512
     * characters of text count as a row more, so long notes cannot take more memory than that).
     */
    public static final long CACHED_ROWS = 200_000;

    /** How many of a pairing's latest claims are kept: older ones are dropped every so many writes. */
    static final int KEPT_CLAIMS = 64;

    /** How often a transaction that lost its claim to a concurrent writer is tried in all. */
    static final int ATTEMPTS = 5;

    private final EntityAccess db;
    private final HistoryCache cache;
    private final ThreadLocal<Unit> units = new ThreadLocal<>();

    /** {@link #ENTITIES} as the array Active Objects' {@code migrate} takes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends RawEntity<?>>[] entityTypes() {
        return ENTITIES.toArray(new Class[0]);
    }

    public AoStore(EntityAccess db) {
        this(db, CACHED_ROWS);
    }

    /** A store keeping records of at most {@code cachedRows} rows on this node (0: none). */
    public AoStore(EntityAccess db, long cachedRows) {
        this.db = Objects.requireNonNull(db, "db");
        this.cache = new HistoryCache(cachedRows);
    }

    @Override
    public Pairing savePairing(Pairing pairing) {
        if (pairing.id() != 0) {
            throw new IllegalArgumentException("a stored pairing is changed with updatePairing: " + pairing.id());
        }
        return transaction(() -> {
            Map<String, Object> columns = Rows.columns(PairingEntity.class, to -> Rows.copy(pairing, to));
            columns.put("VERSION", 0L);
            columns.put("STAMP", 0L);
            return Rows.pairing(Rows.row(PairingEntity.class, insert(PairingEntity.class, columns).getID(),
                    columns));
        });
    }

    /** The change sees the row this transaction read and claims past: a write between the two loses its claim. */
    @Override
    public Pairing updatePairing(long pairingId, UnaryOperator<Pairing> change) {
        return transaction(() -> {
            Record record = required(pairingId, "pairing");
            Pairing changed = change.apply(Rows.pairing(record.row));
            if (changed.id() != pairingId) {
                throw new IllegalArgumentException("a change keeps the pairing's id: " + changed.id());
            }
            claim(record);
            Rows.changes(PairingEntity.class, record.row, to -> Rows.copy(changed, to));
            record.row.save();
            Pairing saved = Rows.pairing(record.row);
            record.history = record.history.with(saved);
            return saved;
        });
    }

    @Override
    public Optional<Pairing> pairing(long id) {
        return record(id).map(record -> record.history.pairing());
    }

    @Override
    public List<Pairing> pairingsOf(UserKey user) {
        return Arrays.stream(db.find(PairingEntity.class, Query.select()
                        .where("MANAGER_KEY = ? OR REPORT_KEY = ?", user.value(), user.value()).order("ID")))
                .map(Rows::pairing).toList();
    }

    /** The rows of the records this node keeps now. */
    long keptRows() {
        return cache.weight();
    }

    @Override
    public Optional<PairingHistory> history(long pairingId) {
        return record(pairingId).map(record -> record.history);
    }

    @Override
    public Optional<PairingHistory> prepHistory(long sessionId) {
        return recordOfSession(sessionId).flatMap(record -> Narrowed.prep(record.history, sessionId));
    }

    @Override
    public Optional<PairingHistory> sessionHistory(long sessionId) {
        return recordOfSession(sessionId).flatMap(record -> Narrowed.session(record.history, sessionId));
    }

    @Override
    public List<PairingHistory> team(UserKey manager) {
        PairingEntity[] rows = db.find(PairingEntity.class,
                Query.select().where("MANAGER_KEY = ?", manager.value()).order("REPORT_KEY, ID"));
        Map<Long, PairingHistory> current = new HashMap<>();
        List<PairingEntity> behind = new ArrayList<>();
        for (PairingEntity row : rows) {
            PairingHistory cached = cache.get(row.getID(), row.getVersion(), row.getStamp());
            if (cached == null) {
                behind.add(row);
            } else {
                current.put((long) row.getID(), cached);
            }
        }
        current.putAll(refreshed(behind));
        return Arrays.stream(rows).map(row -> Narrowed.team(current.get((long) row.getID()))).toList();
    }

    @Override
    public Session saveSession(Session session) {
        return transaction(() -> {
            Record record = required(session.pairingId(), "pairing");
            SessionEntity row;
            if (session.id() == 0) {
                claim(record);
                row = inserted(record, SessionEntity.class, to -> Rows.copy(session, 1, to));
            } else {
                Session stored = readAt(record.history.sessions(), Session::id, Session::version, session.id(),
                        session.version(), "session");
                claim(record);
                row = updated(record, SessionEntity.class, session.id(), "session",
                        to -> Rows.copy(session, stored.version() + 1, to), SessionEntity::setPairingVersion);
            }
            Session saved = Rows.session(row);
            record.history = record.history.with(saved);
            return saved;
        });
    }

    @Override
    public Optional<Session> session(long id) {
        return recordOfSession(id).flatMap(record -> record.history.session(id));
    }

    @Override
    public Commitment saveCommitment(Commitment commitment) {
        return transaction(() -> {
            Record record = required(commitment.pairingId(), "pairing");
            if (commitment.id() != 0 && record.history.commitments().stream()
                    .noneMatch(stored -> stored.id() == commitment.id())) {
                throw new NotFoundException("commitment", commitment.id());
            }
            claim(record);
            CommitmentEntity row = commitment.id() == 0
                    ? inserted(record, CommitmentEntity.class, to -> Rows.copy(commitment, to))
                    : updated(record, CommitmentEntity.class, commitment.id(), "commitment",
                            to -> Rows.copy(commitment, to), CommitmentEntity::setPairingVersion);
            Commitment saved = Rows.commitment(row);
            record.history = record.history.with(saved);
            return saved;
        });
    }

    @Override
    public Optional<Commitment> commitment(long id) {
        return recordOf(cache.pairingOfCommitment(id), CommitmentEntity.class, id, CommitmentEntity::getPairingId)
                .flatMap(record -> record.history.commitments().stream()
                        .filter(commitment -> commitment.id() == id).findFirst());
    }

    @Override
    public DevelopmentThread saveThread(DevelopmentThread thread) {
        return transaction(() -> {
            Record record = required(thread.pairingId(), "pairing");
            ThreadEntity row;
            if (thread.id() == 0) {
                claim(record);
                row = inserted(record, ThreadEntity.class, to -> Rows.copy(thread, 1, to));
            } else {
                DevelopmentThread stored = readAt(record.history.threads(), DevelopmentThread::id,
                        DevelopmentThread::version, thread.id(), thread.version(), "thread");
                claim(record);
                row = updated(record, ThreadEntity.class, thread.id(), "thread",
                        to -> Rows.copy(thread, stored.version() + 1, to), ThreadEntity::setPairingVersion);
            }
            DevelopmentThread saved = Rows.thread(row, saveEntries(row.getID(), thread));
            record.history = record.history.with(saved);
            return saved;
        });
    }

    /**
     * The stored value of {@code id} among {@code stored}, which a writer read at {@code version}.
     *
     * @throws NotFoundException when the record has no such value
     * @throws ConflictException when it has changed since
     */
    private static <V> V readAt(List<V> stored, ToLongFunction<V> idOf, ToLongFunction<V> versionOf, long id,
                                long version, String what) {
        V current = stored.stream().filter(value -> idOf.applyAsLong(value) == id).findFirst()
                .orElseThrow(() -> new NotFoundException(what, id));
        if (versionOf.applyAsLong(current) != version) {
            throw new ConflictException(what, id);
        }
        return current;
    }

    /**
     * A new row with the columns {@code copy} sets, written by the version this transaction claimed: one insert, and
     * the row read back as inserted.
     */
    private <T extends Entity> T inserted(Record record, Class<T> type, Consumer<T> copy) {
        Map<String, Object> columns = Rows.columns(type, copy);
        columns.put("PAIRING_VERSION", record.claimedVersion());
        return Rows.row(type, insert(type, columns).getID(), columns);
    }

    /**
     * Inserts a row naming only its non-null columns (the others are null; none defaults to more): Active Objects
     * asks the database for a column's type, a round trip, before it writes a null.
     */
    private <T extends RawEntity<K>, K> T insert(Class<T> type, Map<String, Object> columns) {
        Map<String, Object> named = new LinkedHashMap<>(columns);
        named.values().removeIf(Objects::isNull);
        return db.create(type, named);
    }

    /** The stored row of {@code id} as {@code copy} sets it, written by the version this transaction claimed. */
    private <T extends Entity> T updated(Record record, Class<T> type, long id, String what, Consumer<T> copy,
                                         ObjLongConsumer<T> writtenBy) {
        T row = existing(type, id, what);
        Rows.changes(type, row, copy);
        writtenBy.accept(row, record.claimedVersion());
        row.save();
        return row;
    }

    /** Brings the stored history in line with the thread's: inserts new entries, updates changed, drops gone. */
    private List<ThreadEntry> saveEntries(long threadId, DevelopmentThread thread) {
        Map<Long, ThreadEntryEntity> stored = Arrays.stream(db.find(ThreadEntryEntity.class,
                        Query.select().where("THREAD_ID = ?", threadId)))
                .collect(Collectors.toMap(ThreadEntryEntity::getSessionId, Function.identity(), (a, b) -> a));
        for (ThreadEntry entry : thread.entries()) {
            ThreadEntryEntity row = stored.remove(entry.sessionId());
            if (row == null) {
                insert(ThreadEntryEntity.class, Rows.entryColumns(threadId, thread.pairingId(), entry));
            } else if (!Rows.sameEntry(entry, row)) {
                Rows.changes(ThreadEntryEntity.class, row, to -> Rows.copy(entry, to));
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
        return recordOf(cache.pairingOfThread(id), ThreadEntity.class, id, ThreadEntity::getPairingId)
                .flatMap(record -> record.history.threads().stream()
                        .filter(thread -> thread.id() == id).findFirst());
    }

    /**
     * Deletes the record; the pairing's latest claims stay (as many as any pairing keeps), so a writer that read the
     * pairing before, a few writes before even, cannot claim a version after what it read and write into the void.
     */
    @Override
    public void deletePairing(long pairingId) {
        transaction(() -> {
            Optional<Record> found = record(pairingId);
            if (found.isEmpty()) {
                return null;
            }
            Record record = found.get();
            claim(record);
            db.deleteWithSQL(VersionClaimEntity.class, "PAIRING_ID = ? AND VERSION <= ?", pairingId,
                    record.claimedVersion() - KEPT_CLAIMS);
            db.deleteWithSQL(ThreadEntryEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(ThreadEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(CommitmentEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(SessionEntity.class, "PAIRING_ID = ?", pairingId);
            db.deleteWithSQL(PairingEntity.class, "ID = ?", pairingId);
            record.deleted = true;
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(work);
    }

    /**
     * Runs {@code work} in one transaction (a nested call joins the running one), then keeps the records it wrote.
     * A transaction that lost a claim runs again, up to {@link #ATTEMPTS} times; losing a race to another writer of
     * the same record surfaces as a {@link ConflictException}, whether the work finds the stale version itself or
     * the database refuses the transaction (a unique key, or PostgreSQL unable to serialize it).
     */
    private <T> T transaction(Supplier<T> work) {
        if (units.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            Unit unit = new Unit();
            try {
                T result = db.inTransaction(() -> {
                    unit.records.clear();
                    units.set(unit);
                    try {
                        return work.get();
                    } finally {
                        units.remove();
                    }
                });
                unit.records.values().forEach(this::keep);
                return result;
            } catch (ClaimLost lost) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException();
                }
            } catch (StoreException | UndeclaredThrowableException e) {
                // An entity's save() is a proxy call: its SQLException arrives wrapped as undeclared.
                if (e instanceof SerializationFailure || EntityManagerAccess.serializationFailure(e)
                        || EntityManagerAccess.sqlState(e.getCause(), state -> state.startsWith("23"))) {
                    throw new ConflictException();
                }
                throw e;
            }
        }
    }

    /** What a committed transaction leaves this node: the records it wrote, as it wrote them. */
    private void keep(Record record) {
        if (record.deleted) {
            cache.remove(record.id);
        } else if (record.claimed) {
            cache.put(record.id, new HistoryCache.Entry(record.claimedVersion(), record.stamp, record.history));
        }
    }

    /**
     * Claims the pairing's next version for this transaction, once: inserts the claim's key (refused when another
     * writer has claimed it since this one read the pairing) and leaves the version and a fresh stamp on the row.
     */
    private void claim(Record record) {
        if (record.claimed) {
            return;
        }
        long next = record.version + 1;
        record.stamp = ThreadLocalRandom.current().nextLong();
        try {
            db.create(VersionClaimEntity.class, Map.of("CLAIM_KEY", claimKey(record.id, next), "PAIRING_ID",
                    record.id, "VERSION", next, "STAMP", record.stamp));
        } catch (RuntimeException e) {
            if (EntityManagerAccess.sqlState(e, state -> state.startsWith("23"))) {
                throw new ClaimLost(e);
            }
            throw e;
        }
        record.row.setVersion(next);
        record.row.setStamp(record.stamp);
        record.row.save();
        if (next % KEPT_CLAIMS == 0) {
            db.deleteWithSQL(VersionClaimEntity.class, "PAIRING_ID = ? AND VERSION <= ?", record.id,
                    next - KEPT_CLAIMS);
        }
        record.claimed = true;
    }

    private Record required(long pairingId, String what) {
        return record(pairingId).orElseThrow(() -> new NotFoundException(what, pairingId));
    }

    /** The session's pairing record: known from the cache, or found by reading the session's row. */
    private Optional<Record> recordOfSession(long sessionId) {
        return recordOf(cache.pairingOfSession(sessionId), SessionEntity.class, sessionId,
                SessionEntity::getPairingId);
    }

    /**
     * The record of the pairing a session, commitment or thread belongs to: {@code known} when this node remembers
     * it (a row never changes pairing), else found by reading the row.
     */
    private <T extends RawEntity<Integer>> Optional<Record> recordOf(Long known, Class<T> type, long id,
                                                                      ToLongFunction<T> pairingOf) {
        if (known != null) {
            return record(known);
        }
        return byId(type, id).flatMap(row -> record(pairingOf.applyAsLong(row)));
    }

    /**
     * The pairing's whole record as it is now: its row read (once in a transaction, first, so nothing the
     * transaction then reads is older than the version it claims from), the rest from the cache when the row says
     * the cached copy is current, else read and cached.
     */
    private Optional<Record> record(long pairingId) {
        Unit unit = units.get();
        Record known = unit == null ? null : unit.records.get(pairingId);
        if (known != null) {
            return Optional.of(known);
        }
        PairingEntity[] rows = db.find(PairingEntity.class, Query.select().where("ID = ?", pairingId));
        if (rows.length == 0) {
            cache.remove(pairingId); // deleted (erased), maybe on another node: its copy goes too
            return Optional.empty();
        }
        PairingEntity row = rows[0];
        PairingHistory history = cache.get(pairingId, row.getVersion(), row.getStamp());
        Record record = new Record(row, history != null ? history : refreshed(List.of(row)).get(pairingId));
        if (unit != null) {
            unit.records.put(pairingId, record);
        }
        return Optional.of(record);
    }

    /**
     * The records of pairings whose rows are ahead of this node's copies, cached at the rows' versions, in a fixed
     * number of statements however many pairings: a copy of a committed version (its claim still carries its stamp)
     * is brought up to date with the rows written since (each row names the version that last wrote it; a changed
     * thread is read with all its entries); a pairing without such a copy is read whole.
     */
    private Map<Long, PairingHistory> refreshed(List<PairingEntity> rows) {
        Map<Long, PairingEntity> behind = new HashMap<>();
        Map<Long, HistoryCache.Entry> copies = new HashMap<>();
        for (PairingEntity row : rows) {
            HistoryCache.Entry copy = cache.entry(row.getID());
            if (copy != null && copy.version() < row.getVersion()) {
                behind.put((long) row.getID(), row);
                copies.put((long) row.getID(), copy);
            }
        }
        copies.keySet().retainAll(committed(copies));
        Map<Long, PairingHistory> refreshed = new HashMap<>(load(rows.stream()
                .filter(row -> !copies.containsKey((long) row.getID())).toList()));
        if (copies.isEmpty()) {
            return refreshed;
        }
        copies.forEach((id, copy) -> refreshed.put(id, copy.history().with(Rows.pairing(behind.get(id)))));
        List<Object> parameters = new ArrayList<>(copies.keySet());
        parameters.add(copies.values().stream().mapToLong(HistoryCache.Entry::version).min().orElseThrow());
        // A query is bound to the table it first runs on: one each.
        Supplier<Query> since = () -> Query.select().where("PAIRING_ID IN (" + placeholders(copies.size())
                + ") AND PAIRING_VERSION > ?", parameters.toArray());
        for (SessionEntity row : db.find(SessionEntity.class, since.get())) {
            if (row.getPairingVersion() > copies.get(row.getPairingId()).version()) {
                refreshed.computeIfPresent(row.getPairingId(), (id, history) -> history.with(Rows.session(row)));
            }
        }
        for (CommitmentEntity row : db.find(CommitmentEntity.class, since.get())) {
            if (row.getPairingVersion() > copies.get(row.getPairingId()).version()) {
                refreshed.computeIfPresent(row.getPairingId(), (id, history) -> history.with(Rows.commitment(row)));
            }
        }
        List<ThreadEntity> threads = Arrays.stream(db.find(ThreadEntity.class, since.get()))
                .filter(row -> row.getPairingVersion() > copies.get(row.getPairingId()).version()).toList();
        if (!threads.isEmpty()) {
            Object[] ids = threads.stream().map(thread -> (Object) (long) thread.getID()).toArray();
            Map<Long, List<ThreadEntry>> entries = group(db.find(ThreadEntryEntity.class, Query.select()
                    .where("THREAD_ID IN (" + placeholders(ids.length) + ")", ids)), ThreadEntryEntity::getThreadId,
                    Rows::entry);
            for (ThreadEntity row : threads) {
                refreshed.computeIfPresent(row.getPairingId(), (id, history) -> history.with(Rows.thread(row,
                        entries.getOrDefault((long) row.getID(), List.of()))));
            }
        }
        copies.keySet().forEach(id -> cache.put(id, new HistoryCache.Entry(behind.get(id).getVersion(),
                behind.get(id).getStamp(), refreshed.get(id))));
        return refreshed;
    }

    /** The pairings whose kept copies are of versions some write committed (not ones whose transaction was undone). */
    private Set<Long> committed(Map<Long, HistoryCache.Entry> copies) {
        Set<Long> committed = new HashSet<>();
        Map<String, Long> claimed = new HashMap<>();
        copies.forEach((id, copy) -> {
            if (copy.version() == 0) {
                if (copy.stamp() == 0) {
                    committed.add(id);
                }
            } else {
                claimed.put(claimKey(id, copy.version()), id);
            }
        });
        if (!claimed.isEmpty()) {
            for (VersionClaimEntity claim : db.find(VersionClaimEntity.class, Query.select().where("CLAIM_KEY IN ("
                    + placeholders(claimed.size()) + ")", claimed.keySet().toArray()))) {
                long id = claimed.get(claim.getClaimKey());
                if (claim.getStamp() == copies.get(id).stamp()) {
                    committed.add(id);
                }
            }
        }
        return committed;
    }

    private static String claimKey(long pairingId, long version) {
        return pairingId + ":" + version;
    }

    /** The whole records of the pairings of {@code rows} (read after the rows), cached at the rows' versions. */
    private Map<Long, PairingHistory> load(List<PairingEntity> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<PairingHistory> histories = histories(rows.stream().map(Rows::pairing).toList());
        Map<Long, PairingHistory> loaded = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PairingEntity row = rows.get(i);
            loaded.put((long) row.getID(), histories.get(i));
            cache.put(row.getID(), new HistoryCache.Entry(row.getVersion(), row.getStamp(), histories.get(i)));
        }
        return loaded;
    }

    /**
     * The whole histories of the pairings, in their order: four statements however many pairings and rows (three
     * when there is no thread to read entries of).
     */
    private List<PairingHistory> histories(List<Pairing> pairings) {
        Object[] ids = pairings.stream().map(Pairing::id).toArray();
        String in = "PAIRING_ID IN (" + placeholders(ids.length) + ")";
        Map<Long, List<Session>> sessions = group(db.find(SessionEntity.class, Query.select().where(in, ids)),
                SessionEntity::getPairingId, Rows::session);
        Map<Long, List<Commitment>> commitments = group(db.find(CommitmentEntity.class,
                Query.select().where(in, ids)), CommitmentEntity::getPairingId, Rows::commitment);
        ThreadEntity[] threadRows = db.find(ThreadEntity.class, Query.select().where(in, ids));
        Map<Long, List<ThreadEntry>> entries = threadRows.length == 0 ? Map.of()
                : group(db.find(ThreadEntryEntity.class, Query.select().where(in, ids)),
                        ThreadEntryEntity::getThreadId, Rows::entry);
        Map<Long, List<DevelopmentThread>> threads = group(threadRows, ThreadEntity::getPairingId,
                row -> Rows.thread(row, entries.getOrDefault((long) row.getID(), List.of())));
        return pairings.stream().map(p -> new PairingHistory(p,
                sessions.getOrDefault(p.id(), List.of()),
                sorted(commitments.getOrDefault(p.id(), List.of()), Comparator.comparingLong(Commitment::id)),
                sorted(threads.getOrDefault(p.id(), List.of()), Comparator.comparingLong(DevelopmentThread::id))))
                .toList();
    }

    /** One pairing's record as a transaction sees it: the row it read, the record since its own writes. */
    private static final class Record {

        final long id;
        final long version;
        final PairingEntity row;
        PairingHistory history;
        boolean claimed;
        boolean deleted;
        long stamp;

        Record(PairingEntity row, PairingHistory history) {
            this.id = row.getID();
            this.version = row.getVersion();
            this.row = row;
            this.history = history;
        }

        /** The version this transaction claimed, which its writes leave on the rows they change. */
        long claimedVersion() {
            if (!claimed) {
                throw new IllegalStateException("pairing " + id + " has not been claimed");
            }
            return version + 1;
        }
    }

    /** The records one transaction has read, by pairing. */
    private static final class Unit {
        final Map<Long, Record> records = new HashMap<>();
    }

    /** Another writer claimed the version this transaction read: it runs again, on the record as it is now. */
    private static final class ClaimLost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ClaimLost(Throwable cause) {
            super("another writer claimed the pairing's next version", cause);
        }
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
