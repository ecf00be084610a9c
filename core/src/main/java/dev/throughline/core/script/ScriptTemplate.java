package dev.throughline.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template from the bundle, split into its words and its placeholders: {@code literals} and
 * {@code placeholders} interleave, starting and ending with a (possibly empty) literal.
 */
record ScriptTemplate(String key, List<String> literals, List<Placeholder> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[([^\\[\\]]*)]]");

    ScriptTemplate {
        literals = List.copyOf(literals);
        placeholders = List.copyOf(placeholders);
        if (literals.size() != placeholders.size() + 1) {
            throw new IllegalArgumentException("literals and placeholders must interleave");
        }
    }

    /**
     * Parses a template. An unknown name or a stray bracket pair is a mistake in the bundle, not in anyone's
     * input: it fails loudly rather than show a raw placeholder to a manager.
     */
    static ScriptTemplate parse(String key, String raw) {
        List<String> literals = new ArrayList<>();
        List<Placeholder> placeholders = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(raw);
        int from = 0;
        while (matcher.find()) {
            literals.add(literal(key, raw.substring(from, matcher.start())));
            placeholders.add(Placeholder.fromId(matcher.group(1)).orElseThrow(() -> new IllegalStateException(
                    "script template " + key + " uses unknown placeholder [[" + matcher.group(1) + "]]")));
            from = matcher.end();
        }
        literals.add(literal(key, raw.substring(from)));
        return new ScriptTemplate(key, literals, placeholders);
    }

    private static String literal(String key, String text) {
        if (text.contains("[[") || text.contains("]]")) {
            throw new IllegalStateException("script template " + key + " has a malformed placeholder: " + text);
        }
        return text;
    }
}
