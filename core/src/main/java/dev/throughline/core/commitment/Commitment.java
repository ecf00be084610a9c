package dev.throughline.core.commitment;

import dev.throughline.core.DomainException;
import dev.throughline.core.Texts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something one side of the pairing agreed to do. In Jira it is a Commitment sub-task of the session's issue
 * ({@code workItemKey}); a blocker follow-up may point at the issue it unblocks ({@code blockedItemKey}).
 *
 * @param originSessionId the session that made it
 * @param madeOn          the date of that session
 * @param dueDate         when it is due, or null when no date was agreed (then it is not "specific")
 * @param completedOn     when it was done, or null while not done
 * @param workItemKey     the host's key for the commitment itself (a Jira sub-task key), when there is one
 * @param blockedItemKey  the host's key of the work item a blocker follow-up unblocks
 */
public record Commitment(long id, long pairingId, long originSessionId, LocalDate madeOn, Party owner, String text,
                         LocalDate dueDate, CommitmentKind kind, LocalDate completedOn, String workItemKey,
                         String blockedItemKey) {

    public Commitment {
        Objects.requireNonNull(madeOn, "madeOn");
        if (owner == null) {
            throw new DomainException("error.required", "owner");
        }
        if (kind == null) {
            throw new DomainException("error.required", "kind");
        }
        text = Texts.required(text, "text", Texts.SHORT_MAX);
        workItemKey = Texts.optional(workItemKey, "workItemKey", 255);
        blockedItemKey = Texts.optional(blockedItemKey, "blockedItemKey", 255);
        if (kind == CommitmentKind.BLOCKER_FOLLOW_UP && owner != Party.MANAGER) {
            throw new DomainException("error.commitment.followup.owner", "owner");
        }
        if (blockedItemKey != null && kind != CommitmentKind.BLOCKER_FOLLOW_UP) {
            throw new DomainException("error.commitment.blocked.kind", "blockedItemKey");
        }
        if (dueDate != null && dueDate.isBefore(madeOn)) {
            throw new DomainException("error.commitment.due.before", "dueDate");
        }
        if (completedOn != null && completedOn.isBefore(madeOn)) {
            throw new DomainException("error.commitment.completed.before", "completedOn");
        }
    }

    /** A new commitment made in a session. */
    public static Commitment make(long pairingId, long sessionId, LocalDate madeOn, Party owner, String text,
                                  LocalDate dueDate, CommitmentKind kind) {
        return new Commitment(0, pairingId, sessionId, madeOn, owner, text, dueDate, kind, null, null, null);
    }

    /** The manager's "let me get back to you by Thursday", optionally about a blocked work item. */
    public static Commitment blockerFollowUp(long pairingId, long sessionId, LocalDate madeOn, String text,
                                             LocalDate dueDate, String blockedItemKey) {
        return new Commitment(0, pairingId, sessionId, madeOn, Party.MANAGER, text, dueDate,
                CommitmentKind.BLOCKER_FOLLOW_UP, null, null, blockedItemKey);
    }

    public CommitmentStatus status(LocalDate today) {
        if (completedOn != null) {
            return CommitmentStatus.DONE;
        }
        if (dueDate != null && dueDate.isBefore(today)) {
            return CommitmentStatus.MISSED;
        }
        return CommitmentStatus.OPEN;
    }

    public boolean isDone() {
        return completedOn != null;
    }

    /** Specific enough to send: an owner (always) and an agreed date. */
    public boolean isSpecific() {
        return dueDate != null;
    }

    public Optional<LocalDate> due() {
        return Optional.ofNullable(dueDate);
    }

    public Optional<String> blockedItem() {
        return Optional.ofNullable(blockedItemKey);
    }

    public Commitment complete(LocalDate on) {
        if (completedOn != null) {
            throw new DomainException("error.commitment.already.done", "status");
        }
        return new Commitment(id, pairingId, originSessionId, madeOn, owner, text, dueDate, kind, on, workItemKey,
                blockedItemKey);
    }

    public Commitment reopen() {
        return new Commitment(id, pairingId, originSessionId, madeOn, owner, text, dueDate, kind, null, workItemKey,
                blockedItemKey);
    }

    public Commitment withId(long newId) {
        return new Commitment(newId, pairingId, originSessionId, madeOn, owner, text, dueDate, kind, completedOn,
                workItemKey, blockedItemKey);
    }

    /** Whether the host tracks it as a work item of its own (a Jira sub-task): then its item says when it is done. */
    public boolean isTracked() {
        return workItemKey != null;
    }

    /**
     * As its work item says: done on {@code doneOn} (never before the day it was made, whatever the host's clock),
     * or open when that is null.
     */
    public Commitment asTracked(LocalDate doneOn) {
        LocalDate on = doneOn == null || !doneOn.isBefore(madeOn) ? doneOn : madeOn;
        return new Commitment(id, pairingId, originSessionId, madeOn, owner, text, dueDate, kind, on, workItemKey,
                blockedItemKey);
    }

    public Commitment withWorkItemKey(String key) {
        return new Commitment(id, pairingId, originSessionId, madeOn, owner, text, dueDate, kind, completedOn, key,
                blockedItemKey);
    }
}
