package dev.throughline.core.recap;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Shapes user text into single recap lines of bounded length. Lengths count UTF-16 chars, never splitting one. */
final class Lines {

    static final String ELLIPSIS = "\u2026";
    static final String SEPARATOR = "; ";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s;]+$");

    private Lines() {
    }

    /**
     * {@code format} applied to as many leading items as fit in {@code max} chars, joined by "; ", with "…" standing
     * for the items left out. When not even the first item fits, that item is shortened (and still marked when
     * others follow).
     */
    static String fit(UnaryOperator<String> format, List<String> items, int max) {
        for (int count = items.size(); count >= 1; count--) {
            String body = String.join(SEPARATOR, items.subList(0, count))
                    + (count < items.size() ? SEPARATOR + ELLIPSIS : "");
            String line = format.apply(withoutFinalPeriod(body));
            if (line.length() <= max) {
                return line;
            }
        }
        String first = items.size() > 1 ? items.get(0) + SEPARATOR + ELLIPSIS : items.get(0);
        int overhead = format.apply("").length();
        return format.apply(shorten(first, max - overhead));
    }

    /** The text cut to at most {@code max} chars, ending in "…" when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - ELLIPSIS.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return TRAILING_SEPARATOR.matcher(text.substring(0, end)).replaceFirst("") + ELLIPSIS;
    }

    /** The text on one line: runs of whitespace (line breaks included) become one space. */
    static String flatten(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The text {@link #flatten flattened}, without a final period. */
    static String oneLine(String text) {
        return withoutFinalPeriod(flatten(text));
    }

    /** The text without a single final period ("Dez." in a German date), as the pattern ends the sentence. */
    static String withoutFinalPeriod(String text) {
        boolean singlePeriod = text.endsWith(".") && !text.endsWith("..");
        return singlePeriod ? text.substring(0, text.length() - 1) : text;
    }

    /** The first non-blank line of the notes. */
    static Optional<String> firstLine(String notes) {
        return notes == null ? Optional.empty()
                : notes.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
    }
}
