package dev.throughline.core.commitment;

import java.time.LocalDate;

/** A commitment with its status on the day it is shown. */
public record TrackedCommitment(Commitment commitment, CommitmentStatus status) {

    public static TrackedCommitment of(Commitment commitment, LocalDate today) {
        return new TrackedCommitment(commitment, commitment.status(today));
    }
}
