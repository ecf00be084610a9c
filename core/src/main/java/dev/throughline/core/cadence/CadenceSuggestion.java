package dev.throughline.core.cadence;

import java.util.Objects;

/**
 * The cadence the method suggests for a pairing, and why.
 *
 * @param reasonKey i18n key of the reason: {@code cadence.reason.first-year}, {@code cadence.reason.new-role}
 *                  or {@code cadence.reason.experienced}
 */
public record CadenceSuggestion(Cadence cadence, String reasonKey) {

    public static final String FIRST_YEAR = "cadence.reason.first-year";
    public static final String NEW_ROLE = "cadence.reason.new-role";
    public static final String EXPERIENCED = "cadence.reason.experienced";

    public CadenceSuggestion {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(reasonKey, "reasonKey");
    }
}
