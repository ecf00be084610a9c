package dev.throughline.core;

/** Validation of the free text a manager or report types. */
public final class Texts {

    /** Longest single-line value (a growth area, a commitment). */
    public static final int SHORT_MAX = 1000;
    /** Longest notes value (a segment's notes, a thread entry). */
    public static final int LONG_MAX = 20_000;

    private Texts() {
    }

    /** The trimmed text; rejects null, blank and over-long values with a message naming the field. */
    public static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new DomainException("error.required", field);
        }
        return text;
    }

    /** The trimmed text or null when empty; rejects over-long values. */
    public static String optional(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new DomainException("error.too.long", field, max);
        }
        if (text.codePoints().anyMatch(Texts::unwritable)) {
            throw new DomainException("error.text.characters", field);
        }
        return text;
    }

    /**
     * Control characters other than tab and line breaks, and half of a character pair left alone: no one types
     * them, no page can show them, and PostgreSQL refuses to store a NUL.
     */
    private static boolean unwritable(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint == 0x7F
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
