package dev.throughline.core.store.ao;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;
import dev.throughline.core.development.ThreadStatus;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Session;
import dev.throughline.core.session.SessionState;
import net.java.ao.Query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what the prep of one session needs (see {@link dev.throughline.core.store.OneOnOneStore#prepHistory}) in
 * seven statements, whatever the length of the history: the session, its pairing, the held session before it,
 * the commitments, their sessions, the active threads and their entries.
 */
final class PrepReader {

    private final EntityAccess db;

    PrepReader(EntityAccess db) {
        this.db = db;
    }

    Optional<PairingHistory> read(long sessionId) {
        SessionEntity[] rows = db.find(SessionEntity.class, Query.select().where("ID = ?", sessionId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        Session upcoming = Rows.session(rows[0]);
        PairingEntity[] pairingRows = db.find(PairingEntity.class, Query.select().where("ID = ?",
                upcoming.pairingId()));
        Pairing pairing = Rows.pairing(pairingRows[0]);
        Optional<Session> previous = Arrays.stream(db.find(SessionEntity.class, Query.select()
                        .where("PAIRING_ID = ? AND STATE = ? AND (SCHEDULED_AT < ? OR (SCHEDULED_AT = ? AND ID < ?))",
                                pairing.id(), SessionState.HELD.name(), upcoming.scheduledAt().toEpochMilli(),
                                upcoming.scheduledAt().toEpochMilli(), upcoming.id())
                        .order("SCHEDULED_AT DESC, ID DESC").limit(1)))
                .map(Rows::session).findFirst();
        List<Commitment> commitments = commitments(pairing.id(), previous);
        Map<Long, Session> sessions = new LinkedHashMap<>();
        sessions.put(upcoming.id(), upcoming);
        previous.ifPresent(session -> sessions.put(session.id(), session));
        origins(commitments, sessions.keySet()).forEach(session -> sessions.put(session.id(), session));
        return Optional.of(new PairingHistory(pairing, List.copyOf(sessions.values()),
                commitments.stream().sorted(Comparator.comparingLong(Commitment::id)).toList(),
                activeThreads(pairing.id())));
    }

    /**
     * Not done, made in the previous held session, or done since the day before it (a day of margin for any
     * time zone; the rules then pick exactly); all of them when nothing was held before.
     */
    private List<Commitment> commitments(long pairingId, Optional<Session> previous) {
        Query query = previous.map(session -> Query.select().where(
                        "PAIRING_ID = ? AND (COMPLETED_ON IS NULL OR ORIGIN_SESSION_ID = ? OR COMPLETED_ON >= ?)",
                        pairingId, session.id(), LocalDate.ofInstant(session.scheduledAt(), ZoneOffset.UTC)
                                .minusDays(1).toString()))
                .orElseGet(() -> Query.select().where("PAIRING_ID = ?", pairingId));
        return Arrays.stream(db.find(CommitmentEntity.class, query)).map(Rows::commitment).toList();
    }

    private List<Session> origins(List<Commitment> commitments, java.util.Set<Long> known) {
        Object[] ids = commitments.stream().map(Commitment::originSessionId).filter(id -> !known.contains(id))
                .distinct().toArray();
        if (ids.length == 0) {
            return List.of();
        }
        return Arrays.stream(db.find(SessionEntity.class, Query.select().where("ID IN ("
                + String.join(", ", Collections.nCopies(ids.length, "?")) + ")", ids))).map(Rows::session).toList();
    }

    private List<DevelopmentThread> activeThreads(long pairingId) {
        ThreadEntity[] threads = db.find(ThreadEntity.class, Query.select().where("PAIRING_ID = ? AND STATUS = ?",
                pairingId, ThreadStatus.ACTIVE.name()));
        if (threads.length == 0) {
            return List.of();
        }
        Object[] ids = Arrays.stream(threads).map(row -> (long) row.getID()).toArray();
        Map<Long, List<ThreadEntry>> entries = Arrays.stream(db.find(ThreadEntryEntity.class, Query.select()
                        .where("THREAD_ID IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")", ids)))
                .collect(Collectors.groupingBy(ThreadEntryEntity::getThreadId,
                        Collectors.mapping(Rows::entry, Collectors.toCollection(ArrayList::new))));
        return Arrays.stream(threads)
                .map(row -> Rows.thread(row, entries.getOrDefault((long) row.getID(), List.of())))
                .sorted(Comparator.comparingLong(DevelopmentThread::id))
                .toList();
    }
}
