package dev.throughline.core.script;

import dev.throughline.core.session.Segment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The dialogue script for one segment, in one tone: what the manager can say, with the blanks to fill. */
public record Script(Segment segment, ToneChoice tone, List<ScriptPart> parts) {

    public Script {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(tone, "tone");
        parts = List.copyOf(parts);
    }

    /** The script as plain text: filled values inline, each blank as {@code _____ (label)}. */
    public String text() {
        return parts.stream().map(ScriptPart::plainText).collect(Collectors.joining());
    }

    /** What the manager still has to fill in, in reading order. */
    public List<ScriptPart.Blank> blanks() {
        return parts.stream()
                .filter(ScriptPart.Blank.class::isInstance)
                .map(ScriptPart.Blank.class::cast)
                .toList();
    }
}
