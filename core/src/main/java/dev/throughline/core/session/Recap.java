package dev.throughline.core.session;

import dev.throughline.core.DomainException;
import dev.throughline.core.Texts;

import java.util.List;

/** The 2-3 line note sent to the report after a session: "Discussed X. Next steps: Y. Revisit by Z." */
public record Recap(List<String> lines) {

    public static final int MAX_LINES = 3;
    public static final int MAX_LINE_LENGTH = 500;

    public Recap {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new DomainException("error.required", "recap");
        }
        if (lines.size() > MAX_LINES) {
            throw new DomainException("error.recap.lines", "recap", MAX_LINES);
        }
    }

    /** Parses edited text: blank lines dropped, each line trimmed, at most three lines. */
    public static Recap parse(String text) {
        if (Texts.isBlank(text)) {
            throw new DomainException("error.required", "recap");
        }
        List<String> lines = text.strip().lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> Texts.required(line, "recap", MAX_LINE_LENGTH))
                .toList();
        return new Recap(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
