package dev.throughline.core.script;

import java.util.Objects;

/**
 * The tone of one segment's script and why it was chosen.
 *
 * @param reasonKey i18n key of the reason shown next to the tone ("A commitment was missed.")
 */
public record ToneChoice(Tone tone, String reasonKey) {

    public ToneChoice {
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }
}
