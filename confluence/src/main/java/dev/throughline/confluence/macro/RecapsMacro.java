package dev.throughline.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.RecapsView;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * {@code throughline-recap}: the last {@code limit} recaps (5 unless given) of the viewer's pairing with a report,
 * newest first, each with its date and its commitments as they stand in Jira today.
 */
public final class RecapsMacro implements Macro {

    static final String TEMPLATE = "recaps.vm";
    static final int DEFAULT_LIMIT = 5;

    private final JiraClient jira;
    private final MacroOutput output;
    private final MacroTexts texts;

    @Inject
    public RecapsMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        this.jira = jira;
        this.output = output;
        this.texts = texts;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Messages text = texts.messages();
        MacroParameters given = new MacroParameters(parameters);
        Optional<Message> wrong = given.problem(text, true);
        if (wrong.isPresent()) {
            return output.message(wrong.get(), text);
        }
        int limit = given.limit().orElse(DEFAULT_LIMIT);
        JiraResult<RecapsView> read = jira.pairing(given.report().orElseThrow(), given.manager().orElse(null))
                .then(pairing -> jira.recaps(pairing, limit));
        if (read instanceof JiraResult.Data<RecapsView> data) {
            return output.view(TEMPLATE, data.value(), text);
        }
        return output.problem(read, text);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
