package dev.throughline.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * {@code throughline-template}: the operating template of a one-on-one, which needs no Jira. With a {@code report},
 * it is filled with that pairing's data when the viewer may see them; for anyone else it stays the plain template,
 * so the page does not tell them whether such a pairing exists. When Jira cannot be read the plain template shows
 * under a message saying why.
 */
public final class OperatingTemplateMacro extends ThroughlineMacro {

    static final String TEMPLATE = "operating-template.vm";

    @Inject
    public OperatingTemplateMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    boolean reportRequired() {
        return false;
    }

    @Override
    String render(MacroParameters given, Messages text) throws MacroExecutionException {
        Optional<String> report = given.report();
        if (report.isEmpty()) {
            return blank(text);
        }
        JiraResult<OperatingTemplateView> read = jira.pairing(report.get(), given.manager().orElse(null))
                .then(jira::template);
        if (read instanceof JiraResult.Data<OperatingTemplateView> data) {
            return output.view(TEMPLATE, data.value(), text);
        }
        if (read instanceof JiraResult.NotPermitted) {
            return blank(text);
        }
        return output.problem(read, text) + blank(text);
    }

    private String blank(Messages text) throws MacroExecutionException {
        return output.view(TEMPLATE, OperatingTemplates.blank(texts.viewText()), text);
    }
}
