package dev.throughline.core.development;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one session said about a development thread.
 *
 * @param note       what was discussed about the growth area
 * @param nextStep   the step agreed in that session
 * @param reviewDate when progress on it is reviewed
 */
public record ThreadEntry(long sessionId, LocalDate date, String note, String nextStep, LocalDate reviewDate) {

    public ThreadEntry {
        Objects.requireNonNull(date, "date");
    }
}
