package dev.throughline.core.prep;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.development.DevelopmentThread;
import dev.throughline.core.history.PairingHistory;
import dev.throughline.core.session.Session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The one thing the manager acknowledges at the start of the session.
 *
 * @param text      the report's own words: a commitment they finished or a development note
 * @param sourceKey i18n key saying where the text comes from
 */
public record Acknowledgement(String text, String sourceKey) {

    /** Shown when nothing on record suggests what to acknowledge. */
    public static final String PROMPT_KEY = "prep.acknowledge.prompt";
    public static final String COMMITMENT_KEY = "prep.acknowledge.commitment";
    public static final String THREAD_KEY = "prep.acknowledge.thread";

    public Acknowledgement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }

    /**
     * The report-owned commitment completed most recently on or after the last held session's date (any completed
     * one when there was no held session yet); else the active thread's latest note when the last held session
     * wrote it; else nothing, and the view prompts the manager with {@link #PROMPT_KEY}.
     */
    static Optional<Acknowledgement> pick(PairingHistory history, Optional<Session> lastHeld, ZoneId zone) {
        Optional<LocalDate> since = lastHeld.map(session -> session.date(zone));
        Optional<Acknowledgement> finished = history.commitments().stream()
                .filter(commitment -> commitment.owner() == Party.REPORT && commitment.isDone())
                .filter(commitment -> since.map(date -> !commitment.completedOn().isBefore(date)).orElse(true))
                .max(Comparator.comparing(Commitment::completedOn).thenComparingLong(Commitment::id))
                .map(commitment -> new Acknowledgement(commitment.text(), COMMITMENT_KEY));
        return finished.isPresent() ? finished : threadNote(history, lastHeld);
    }

    private static Optional<Acknowledgement> threadNote(PairingHistory history, Optional<Session> lastHeld) {
        return lastHeld.flatMap(session -> history.activeThread()
                .flatMap(DevelopmentThread::lastEntry)
                .filter(entry -> entry.sessionId() == session.id() && entry.note() != null)
                .map(entry -> new Acknowledgement(entry.note(), THREAD_KEY)));
    }
}
