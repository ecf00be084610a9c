package dev.throughline.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.ThreadView;
import jakarta.inject.Inject;

import java.util.List;
import java.util.OptionalInt;

/**
 * {@code throughline-development}: a report's development thread on a page, the active one with its history newest
 * first (the newest {@code limit} entries when given), then the earlier ones. Read from Jira as the viewer; a page is
 * read, not edited, so the view is the report's or an outsider's, never the manager's form to start a thread.
 */
public final class DevelopmentMacro extends ThroughlineMacro {

    static final String TEMPLATE = "development.vm";

    @Inject
    public DevelopmentMacro(JiraClient jira, MacroOutput output, MacroTexts texts) {
        super(jira, output, texts);
    }

    @Override
    boolean reportRequired() {
        return true;
    }

    @Override
    String render(MacroParameters given, Messages text) throws MacroExecutionException {
        JiraResult<DevelopmentView> read = jira.pairing(given.report().orElseThrow(), given.manager().orElse(null))
                .then(jira::development);
        if (read instanceof JiraResult.Data<DevelopmentView> data) {
            return output.view(TEMPLATE, forPage(data.value(), given.limit()), text);
        }
        return output.problem(read, text);
    }

    /** The view read-only, each thread's history cut to the newest {@code limit} entries when given. */
    static DevelopmentView forPage(DevelopmentView view, OptionalInt limit) {
        return new DevelopmentView(view.pairingId(), view.reportName(), view.managerName(), false,
                view.developedToward(), view.workOn(), view.active() == null ? null : newest(view.active(), limit),
                view.earlier() == null ? List.of()
                        : view.earlier().stream().map(thread -> newest(thread, limit)).toList());
    }

    private static ThreadView newest(ThreadView thread, OptionalInt limit) {
        if (limit.isEmpty() || thread.history() == null || thread.history().size() <= limit.getAsInt()) {
            return thread;
        }
        return new ThreadView(thread.id(), thread.version(), thread.growthArea(), thread.target(), thread.gap(),
                thread.whatGoodLooksLike(), thread.nextStep(), thread.reviewDate(), thread.reviewDateIso(),
                thread.reviewOverdue(), thread.status(), thread.statusText(), thread.active(), thread.gapFlagged(),
                thread.startedOn(), thread.history().subList(0, limit.getAsInt()));
    }
}
