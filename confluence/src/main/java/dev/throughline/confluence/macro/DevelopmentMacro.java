package dev.throughline.confluence.macro;

import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.macro.MacroOutcome;
import dev.throughline.core.macro.Macros;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * {@code throughline-development}: a report's development thread on a page, the active one with its history newest
 * first (the newest {@code limit} entries when given), then the earlier ones, read from Jira as the viewer
 * ({@link Macros#development}).
 */
public final class DevelopmentMacro extends ThroughlineMacro {

    @Inject
    public DevelopmentMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    MacroOutcome outcome(Map<String, String> parameters, Messages text) {
        return Macros.development(parameters, jira, text);
    }
}
