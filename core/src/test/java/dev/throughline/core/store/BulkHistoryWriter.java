package dev.throughline.core.store;

import dev.throughline.core.store.ao.CommitmentEntity;
import dev.throughline.core.store.ao.PairingEntity;
import dev.throughline.core.store.ao.SessionEntity;
import dev.throughline.core.store.ao.ThreadEntryEntity;
import net.java.ao.EntityManager;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes long histories in a few batched statements, for tests and benchmarks about history length. Like any writer
 * beside the store, it changes the stamp of each pairing it writes to, so no node serves its record as it was.
 */
public final class BulkHistoryWriter {

    private final EntityManager entityManager;

    public BulkHistoryWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code count} held weekly sessions from {@code first}, with notes in every segment. */
    public void heldSessions(long pairingId, Instant first, int count) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = first.plus(Duration.ofDays(7L * i));
            Map<String, Object> row = new HashMap<>();
            row.put("PAIRING_ID", pairingId);
            row.put("SCHEDULED_AT", at.toEpochMilli());
            row.put("STATE", "HELD");
            row.put("STATE_CHANGED_AT", at.plus(Duration.ofMinutes(30)).toEpochMilli());
            row.put("FOCUS", "focus " + i);
            for (String segment : List.of("PROGRESS", "BLOCKER", "DEVELOPMENT")) {
                row.put(segment + "_NOTES", segment.toLowerCase() + " notes of session " + i);
                row.put(segment + "_PLANNED", 10);
                row.put(segment + "_OPENED_AT", at.toEpochMilli());
                row.put(segment + "_ACTUAL", 10);
            }
            row.put("MANAGER_TALK_SECONDS", 300L);
            row.put("REPORT_TALK_SECONDS", 900L);
            row.put("VERSION", 1L);
            rows.add(row);
        }
        entityManager.create(SessionEntity.class, rows);
        changed(pairingId);
    }

    /** {@code count} report commitments, every other one done, all made in {@code sessionId}. */
    public void commitments(long pairingId, long sessionId, LocalDate madeOn, int count) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("PAIRING_ID", pairingId);
            row.put("ORIGIN_SESSION_ID", sessionId);
            row.put("MADE_ON", madeOn.toString());
            row.put("OWNER", i % 3 == 0 ? "MANAGER" : "REPORT");
            row.put("TEXT", "commitment " + i);
            row.put("DUE_DATE", madeOn.plusDays(i % 30).toString());
            row.put("KIND", "OTHER");
            row.put("COMPLETED_ON", i % 2 == 0 ? madeOn.plusDays(1).toString() : null);
            rows.add(row);
        }
        entityManager.create(CommitmentEntity.class, rows);
        changed(pairingId);
    }

    /**
     * {@code perSession} commitments made in each of {@code sessions} (a third the manager's), due a week later:
     * done the day after they were made, except those of the last {@code openSessions} sessions.
     */
    public void commitmentsAcross(long pairingId, List<dev.throughline.core.session.Session> sessions,
                                  int perSession, int openSessions) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            LocalDate madeOn = LocalDate.ofInstant(sessions.get(s).scheduledAt(), java.time.ZoneOffset.UTC);
            boolean open = s >= sessions.size() - openSessions;
            for (int i = 0; i < perSession; i++) {
                Map<String, Object> row = new HashMap<>();
                row.put("PAIRING_ID", pairingId);
                row.put("ORIGIN_SESSION_ID", sessions.get(s).id());
                row.put("MADE_ON", madeOn.toString());
                row.put("OWNER", i % 3 == 0 ? "MANAGER" : "REPORT");
                row.put("TEXT", "commitment " + s + "." + i);
                row.put("DUE_DATE", madeOn.plusDays(7).toString());
                row.put("KIND", "OTHER");
                row.put("COMPLETED_ON", open ? null : madeOn.plusDays(1).toString());
                rows.add(row);
            }
        }
        entityManager.create(CommitmentEntity.class, rows);
        changed(pairingId);
    }

    /** {@code count} history entries of a thread. */
    public void threadEntries(long threadId, long pairingId, LocalDate first, int count) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("THREAD_ID", threadId);
            row.put("PAIRING_ID", pairingId);
            row.put("SESSION_ID", 100_000L + i);
            row.put("ENTRY_DATE", first.plusDays(7L * i).toString());
            row.put("NOTE", "entry " + i);
            row.put("NEXT_STEP", "step " + i);
            row.put("REVIEW_DATE", first.plusDays(7L * i + 14).toString());
            rows.add(row);
        }
        entityManager.create(ThreadEntryEntity.class, rows);
        changed(pairingId);
    }

    private void changed(long pairingId) throws SQLException {
        PairingEntity pairing = entityManager.get(PairingEntity.class, (int) pairingId);
        pairing.setStamp(ThreadLocalRandom.current().nextLong());
        pairing.save();
    }
}
