package dev.throughline.core.store.ao;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.development.ThreadEntry;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.SegmentRun;
import dev.throughline.core.session.Session;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Whole pairing records as last read or written on this node, each with the version and stamp its pairing row had
 * then. A record is only ever used after its pairing row was read and still has that version and stamp, so a copy
 * another node has since changed is never served; the cache only spares reading the rest again. Bounded by the rows
 * it holds (sessions, commitments, threads and their entries; every {@value #CHARACTERS_PER_ROW} characters of
 * their texts count as one more, so long notes cannot fill the memory), the least recently used records leave first. Also
 * remembers which pairing each session, commitment and thread belongs to (that never changes), so its record is found
 * by its id.
 */
final class HistoryCache {

    /** Characters of text that weigh as much as a row: long notes count for more than one. */
    static final int CHARACTERS_PER_ROW = 512;

    /** A pairing's record at one version of its row. */
    record Entry(long version, long stamp, PairingHistory history) {

        /** Its rows, each text of more than {@link #CHARACTERS_PER_ROW} characters counting as more rows. */
        long weight() {
            long rows = 1;
            long characters = 0;
            for (Session session : history.sessions()) {
                rows++;
                characters += length(session.focus()) + session.recapValue().map(recap -> recap.text().length())
                        .orElse(0);
                for (SegmentRun run : session.segments()) {
                    characters += length(run.notes());
                }
            }
            for (Commitment commitment : history.commitments()) {
                rows++;
                characters += length(commitment.text());
            }
            for (DevelopmentThread thread : history.threads()) {
                rows += 1 + thread.entries().size();
                characters += length(thread.growthArea()) + length(thread.target()) + length(thread.gap())
                        + length(thread.whatGoodLooksLike()) + length(thread.nextStep());
                for (ThreadEntry entry : thread.entries()) {
                    characters += length(entry.note()) + length(entry.nextStep());
                }
            }
            return rows + characters / CHARACTERS_PER_ROW;
        }

        private static int length(String text) {
            return text == null ? 0 : text.length();
        }
    }

    private final long maxWeight;
    private final Map<Long, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Long, Long> sessionPairings;
    private final Map<Long, Long> commitmentPairings;
    private final Map<Long, Long> threadPairings;
    private long weight;

    HistoryCache(long maxWeight) {
        this.maxWeight = maxWeight;
        int remembered = (int) Math.min(Integer.MAX_VALUE, maxWeight);
        this.sessionPairings = owners(remembered);
        this.commitmentPairings = owners(remembered);
        this.threadPairings = owners(remembered);
    }

    /** Which pairing each of at most {@code size} ids belongs to, the least recently used forgotten first. */
    private static Map<Long, Long> owners(int size) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > size;
            }
        };
    }

    /** The record of the pairing whose row has this version and stamp, if this node holds it. */
    synchronized PairingHistory get(long pairingId, long version, long stamp) {
        Entry entry = entries.get(pairingId);
        return entry != null && entry.version() == version && entry.stamp() == stamp ? entry.history() : null;
    }

    /** The record kept of the pairing, at whatever version, or null. */
    synchronized Entry entry(long pairingId) {
        return entries.get(pairingId);
    }

    /** Keeps {@code entry} unless a later version of the pairing is held already (writes may publish out of order). */
    synchronized void put(long pairingId, Entry entry) {
        Entry held = entries.get(pairingId);
        if (held != null && held.version() > entry.version()) {
            return;
        }
        if (held != null) {
            weight -= held.weight();
        }
        entries.put(pairingId, entry);
        weight += entry.weight();
        remember(sessionPairings, pairingId, held, entry, PairingHistory::sessions, Session::id);
        remember(commitmentPairings, pairingId, held, entry, PairingHistory::commitments, Commitment::id);
        remember(threadPairings, pairingId, held, entry, PairingHistory::threads, DevelopmentThread::id);
        for (Iterator<Entry> eldest = entries.values().iterator(); weight > maxWeight && eldest.hasNext(); ) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    /**
     * Remembers the pairing of each of {@code now} unless the record held as many before: ids are only ever added
     * to a record, so the same number means the same ids (and one not remembered is only read from its row).
     */
    private static <T> void remember(Map<Long, Long> owners, long pairingId, Entry held, Entry entry,
                                     Function<PairingHistory, List<T>> values, ToLongFunction<T> id) {
        List<T> now = values.apply(entry.history());
        if (held == null || values.apply(held.history()).size() != now.size()) {
            now.forEach(value -> owners.put(id.applyAsLong(value), pairingId));
        }
    }

    /** The rows the kept records hold now. */
    synchronized long weight() {
        return weight;
    }

    synchronized void remove(long pairingId) {
        Entry held = entries.remove(pairingId);
        if (held != null) {
            weight -= held.weight();
        }
    }

    /** The pairing the session belongs to, when this node has seen it; null otherwise. */
    synchronized Long pairingOfSession(long sessionId) {
        return sessionPairings.get(sessionId);
    }

    /** The pairing the commitment belongs to, when this node has seen it; null otherwise. */
    synchronized Long pairingOfCommitment(long commitmentId) {
        return commitmentPairings.get(commitmentId);
    }

    /** The pairing the thread belongs to, when this node has seen it; null otherwise. */
    synchronized Long pairingOfThread(long threadId) {
        return threadPairings.get(threadId);
    }
}
