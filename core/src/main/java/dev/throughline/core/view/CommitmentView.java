package dev.throughline.core.view;

import dev.throughline.core.commitment.Commitment;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.commitment.TrackedCommitment;
import dev.throughline.core.pairing.Pairing;

import java.util.List;

/**
 * One commitment as shown: its owner by name, its due date, where it stands today.
 *
 * @param owner   {@code MANAGER} or {@code REPORT}
 * @param status  {@code MISSED}, {@code OPEN} or {@code DONE}
 * @param dueDate ISO date, for forms and scripts; null when none was agreed
 */
public record CommitmentView(long id, long sessionId, String text, String owner, String ownerName, String dueDate,
                             String due, String status, String statusText, String kind, String kindText,
                             String blockedItem, String madeOn, boolean done, boolean tracked) {

    static CommitmentView of(TrackedCommitment tracked, Pairing pairing, ViewText text) {
        Commitment c = tracked.commitment();
        String ownerName = text.name(c.owner() == Party.MANAGER ? pairing.manager() : pairing.report());
        return new CommitmentView(c.id(), c.originSessionId(), c.text(), c.owner().name(), ownerName,
                c.dueDate() == null ? null : c.dueDate().toString(), text.date(c.dueDate()), tracked.status().name(),
                text.text(tracked.status().i18nKey()), c.kind().name(), text.text(c.kind().i18nKey()),
                c.blockedItemKey(), text.date(c.madeOn()), c.isDone(), c.isTracked());
    }

    static List<CommitmentView> of(List<TrackedCommitment> tracked, Pairing pairing, ViewText text) {
        return tracked.stream().map(item -> of(item, pairing, text)).toList();
    }

    static List<CommitmentView> ofCommitments(List<Commitment> commitments, Pairing pairing, ViewText text) {
        return of(TrackedCommitment.of(commitments, text.today()), pairing, text);
    }
}
