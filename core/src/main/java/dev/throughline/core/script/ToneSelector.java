package dev.throughline.core.script;

import dev.throughline.core.session.Segment;

import java.util.Objects;
import java.util.Optional;

/**
 * Picks each segment's tone from what is on record. Firm wins over soft: a missed commitment is named even for
 * a newer report. The manager's own choice wins over everything.
 */
public final class ToneSelector {

    public static final String REASON_OVERRIDE = "tone.reason.override";
    public static final String REASON_MISSED_COMMITMENT = "tone.reason.missed-commitment";
    public static final String REASON_OBSERVATION = "tone.reason.observation";
    public static final String REASON_GAP_FLAGGED = "tone.reason.gap-flagged";
    public static final String REASON_NEW_IN_ROLE = "tone.reason.new-in-role";
    public static final String REASON_LESS_CONFIDENT = "tone.reason.less-confident";
    public static final String REASON_DEFAULT = "tone.reason.default";

    public ToneChoice choose(Segment segment, ScriptContext context) {
        return choose(segment, context, Optional.empty());
    }

    /** The tone for {@code segment}; a present {@code override} is the manager's choice and always wins. */
    public ToneChoice choose(Segment segment, ScriptContext context, Optional<Tone> override) {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(context, "context");
        if (override.isPresent()) {
            return new ToneChoice(override.get(), REASON_OVERRIDE);
        }
        return firm(segment, context).or(() -> soft(context))
                .orElse(new ToneChoice(Tone.STANDARD, REASON_DEFAULT));
    }

    private static Optional<ToneChoice> firm(Segment segment, ScriptContext context) {
        return switch (segment) {
            case PROGRESS_CHECK -> firmIf(context.hasMissedCommitment(), REASON_MISSED_COMMITMENT);
            case BLOCKER_CLEARING -> firmIf(context.hasObservation(), REASON_OBSERVATION)
                    .or(() -> firmIf(context.hasMissedCommitment(), REASON_MISSED_COMMITMENT));
            case DEVELOPMENT_THREAD -> firmIf(context.gapFlagged(), REASON_GAP_FLAGGED);
        };
    }

    private static Optional<ToneChoice> firmIf(boolean condition, String reasonKey) {
        return condition ? Optional.of(new ToneChoice(Tone.FIRM, reasonKey)) : Optional.empty();
    }

    private static Optional<ToneChoice> soft(ScriptContext context) {
        if (context.newInRole()) {
            return Optional.of(new ToneChoice(Tone.SOFT, REASON_NEW_IN_ROLE));
        }
        if (context.lessConfident()) {
            return Optional.of(new ToneChoice(Tone.SOFT, REASON_LESS_CONFIDENT));
        }
        return Optional.empty();
    }
}
