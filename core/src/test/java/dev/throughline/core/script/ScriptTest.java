package dev.throughline.core.script;

import dev.throughline.core.session.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptTest {

    private static final ToneChoice STANDARD = new ToneChoice(Tone.STANDARD, "tone.reason.default");

    @Test
    void plainTextInlinesValuesAndMarksBlanksForTheManager() {
        Script script = new Script(Segment.PROGRESS_CHECK, STANDARD, List.of(new ScriptPart.Text("Hi "),
                new ScriptPart.Blank("report", "name"), new ScriptPart.Text(", last time: "),
                new ScriptPart.Filled("focus", "the <b>plan</b>"), new ScriptPart.Text(".")));
        assertEquals("Hi _____ (name), last time: the <b>plan</b>.", script.text());
    }

    @Test
    void blanksAreListedInReadingOrder() {
        ScriptPart.Blank gap = new ScriptPart.Blank("gap", "gap");
        ScriptPart.Blank review = new ScriptPart.Blank("review", "review date");
        Script script = new Script(Segment.DEVELOPMENT_THREAD, STANDARD, List.of(gap,
                new ScriptPart.Filled("good", "clear asks"), new ScriptPart.Text(" by "), review));
        assertEquals(List.of(gap, review), script.blanks());
    }

    @Test
    void partsCannotChangeAfterTheScriptIsMade() {
        List<ScriptPart> parts = new ArrayList<>(List.of(new ScriptPart.Text("Hello.")));
        Script script = new Script(Segment.BLOCKER_CLEARING, STANDARD, parts);
        parts.add(new ScriptPart.Text(" More."));
        assertEquals("Hello.", script.text());
    }
}
