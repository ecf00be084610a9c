package dev.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.macro.MacroOutcome;

import java.util.Map;
import java.util.Objects;

/**
 * What the three macros share in Confluence: a block without a body, the viewer's texts, and the core's macro (the
 * parameters checked before Jira is asked anything, then Jira read as the viewer) rendered by Confluence.
 */
abstract class ThroughlineMacro implements Macro {

    protected final JiraClient jira;
    protected final MacroOutput output;
    protected final MacroTexts texts;

    ThroughlineMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        this.jira = Objects.requireNonNull(jira, "jira");
        this.output = Objects.requireNonNull(output, "output");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Messages text = texts.messages();
        return output.outcome(outcome(parameters, text), text);
    }

    /** What the core's macro shows for the page's parameters, read from Jira. */
    abstract MacroOutcome outcome(Map<String, String> parameters, Messages text);

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
