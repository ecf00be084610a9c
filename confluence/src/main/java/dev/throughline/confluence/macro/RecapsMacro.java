package dev.throughline.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.RecapsView;
import jakarta.inject.Inject;

/**
 * {@code throughline-recap}: the last {@code limit} recaps (5 unless given) of the viewer's pairing with a report,
 * newest first, each with its date and its commitments as they stand in Jira today.
 */
public final class RecapsMacro extends ThroughlineMacro {

    static final String TEMPLATE = "recaps.vm";
    static final int DEFAULT_LIMIT = 5;

    @Inject
    public RecapsMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    boolean reportRequired() {
        return true;
    }

    @Override
    String render(MacroParameters given, Messages text) throws MacroExecutionException {
        int limit = given.limit().orElse(DEFAULT_LIMIT);
        JiraResult<RecapsView> read = jira.pairing(given.report().orElseThrow(), given.manager().orElse(null))
                .then(pairing -> jira.recaps(pairing, limit));
        if (read instanceof JiraResult.Data<RecapsView> data) {
            return output.view(TEMPLATE, data.value(), text);
        }
        return output.problem(read, text);
    }
}
