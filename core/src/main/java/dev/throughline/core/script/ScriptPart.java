package dev.throughline.core.script;

import java.util.Objects;

/** One piece of a script: the template's own words, a value filled in from the record, or a blank to fill. */
public sealed interface ScriptPart {

    /** The piece as plain text. */
    String plainText();

    /** Words of the script itself. */
    record Text(String text) implements ScriptPart {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /**
     * A value taken from the record, exactly as the user typed it (or a formatted date). Views escape it.
     *
     * @param placeholder the template's name for it ({@code focus})
     */
    record Filled(String placeholder, String value) implements ScriptPart {

        public Filled {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String plainText() {
            return value;
        }
    }

    /**
     * Data the record does not have: the manager fills it in while speaking. Views highlight it.
     *
     * @param label what belongs here, in the viewer's language ("previous focus")
     */
    record Blank(String placeholder, String label) implements ScriptPart {

        /** Marks the spot in plain text, before the label. */
        public static final String LINE = "_____";

        public Blank {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(label, "label");
        }

        /** {@code _____ (previous focus)}: clearly something for the manager to fill. */
        @Override
        public String plainText() {
            return LINE + " (" + label + ")";
        }
    }
}
