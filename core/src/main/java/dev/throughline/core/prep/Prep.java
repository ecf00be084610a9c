package dev.throughline.core.prep;

import dev.throughline.core.commitment.TrackedCommitment;
import dev.throughline.core.progress.ProgressCheck;
import dev.throughline.core.session.Segment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 2-minute prep before a session: what the last held session said, the commitments carried into this one,
 * one thing to acknowledge and one development topic.
 *
 * @param progressCheck   the upcoming session's Progress Check: last session's focus and date, carried commitments
 * @param lastNotes       the last held session's notes, for each segment that has some (empty for the first session)
 * @param acknowledgement what to acknowledge, when the record suggests something
 */
public record Prep(ProgressCheck progressCheck, Map<Segment, String> lastNotes,
                   Optional<Acknowledgement> acknowledgement, DevelopmentTopic topic) {

    public Prep {
        Objects.requireNonNull(progressCheck, "progressCheck");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(topic, "topic");
        EnumMap<Segment, String> notes = new EnumMap<>(Segment.class);
        notes.putAll(lastNotes);
        lastNotes = Collections.unmodifiableMap(notes);
    }

    public boolean firstSession() {
        return progressCheck.firstSession();
    }

    public Optional<LocalDate> lastDate() {
        return progressCheck.previousDate();
    }

    public Optional<String> lastFocus() {
        return progressCheck.previousFocus();
    }

    public List<TrackedCommitment> commitments() {
        return progressCheck.commitments();
    }

    /** The acknowledgement's source, or the prompt to pick one thing they did well. */
    public String acknowledgeKey() {
        return acknowledgement.map(Acknowledgement::sourceKey).orElse(Acknowledgement.PROMPT_KEY);
    }
}
