package dev.throughline.confluence.macro;

import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.macro.MacroOutcome;
import dev.throughline.core.macro.Macros;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code throughline-recap}: the last {@code limit} recaps (5 unless given) of the viewer's pairing with a report,
 * newest first, each with its date and its commitments as they stand in Jira today ({@link Macros#recaps}).
 */
public final class RecapsMacro extends ThroughlineMacro {

    @Inject
    public RecapsMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    MacroOutcome outcome(Map<String, String> parameters, Messages text) {
        return Macros.recaps(parameters, jira, text);
    }
}
