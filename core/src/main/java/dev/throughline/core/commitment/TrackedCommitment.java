package dev.throughline.core.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** A commitment with its status on the day it is shown. */
public record TrackedCommitment(Commitment commitment, CommitmentStatus status) {

    public static TrackedCommitment of(Commitment commitment, LocalDate today) {
        return new TrackedCommitment(commitment, commitment.status(today));
    }

    /** Each commitment with its status today, in the given order. */
    public static List<TrackedCommitment> of(Collection<Commitment> commitments, LocalDate today) {
        return commitments.stream().map(commitment -> of(commitment, today)).toList();
    }
}
