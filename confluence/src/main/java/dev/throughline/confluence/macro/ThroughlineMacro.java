package dev.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.i18n.Messages;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the three macros share: a block without a body, the viewer's texts, the parameters checked before Jira is
 * asked anything (a wrong one is a message on the page), and Jira, the output and the texts to render with.
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
        MacroParameters given = new MacroParameters(parameters);
        Optional<Message> wrong = given.problem(text, reportRequired());
        if (wrong.isPresent()) {
            return output.message(wrong.get(), text);
        }
        return render(given, text);
    }

    /** Whether the macro shows one pairing, and so cannot do without a report. */
    abstract boolean reportRequired();

    /** The macro's output for parameters already checked. */
    abstract String render(MacroParameters given, Messages text) throws MacroExecutionException;

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
