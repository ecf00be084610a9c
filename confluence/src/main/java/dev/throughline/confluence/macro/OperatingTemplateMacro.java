package dev.throughline.confluence.macro;

import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.macro.MacroOutcome;
import dev.throughline.core.macro.Macros;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code throughline-template}: the operating template of a one-on-one, which needs no Jira; with a {@code report},
 * filled with that pairing's data when the viewer may see them, and plain for anyone else ({@link Macros#template}).
 */
public final class OperatingTemplateMacro extends ThroughlineMacro {

    @Inject
    public OperatingTemplateMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    MacroOutcome outcome(Map<String, String> parameters, Messages text) {
        return Macros.template(parameters, jira, texts.viewText());
    }
}
