package dev.throughline.core.macro;

import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.OperatingTemplates;
import dev.throughline.core.view.RecapsView;
import dev.throughline.core.view.ThreadView;
import dev.throughline.core.view.ViewText;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The three macros, whatever hosts them: the parameters checked before anything is read (a wrong one is a message
 * on the page), then the source read as the viewer, then the template with its view, or why there is none. Confluence
 * reads Jira; the sandbox reads its own REST API.
 */
public final class Macros {

    /** Where the core's templates are on the class path. */
    public static final String TEMPLATES = "dev/throughline/core/templates/";
    public static final String TEMPLATE = core("operating-template");
    public static final String DEVELOPMENT = core("development");
    public static final String RECAPS = core("recaps");
    /** A {@link Message} in AUI's markup, with {@link Message#values()}. */
    public static final String MESSAGE = core("macro-message");
    /** Recaps shown when the page gives no limit. */
    public static final int DEFAULT_RECAPS = 5;

    private Macros() {
    }

    /**
     * The macros' templates (and the ones they parse) end in {@code .html.vm}: Confluence escapes every reference of
     * such a template whatever its "Anti-XSS for plugins" setting; Jira and the sandbox escape every template anyway.
     */
    private static String core(String template) {
        return TEMPLATES + template + ".html.vm";
    }

    /**
     * {@code throughline-template}: the operating template, which needs no source. With a report, it is filled with
     * that pairing's data when the viewer may see them; for anyone else it stays the plain template, so the page
     * does not tell them whether such a pairing exists. When the source cannot be read the plain template shows under
     * a message saying why.
     */
    public static MacroOutcome template(Map<String, String> parameters, MacroSource source, ViewText text) {
        MacroParameters given = new MacroParameters(parameters);
        Optional<Message> wrong = given.problem(text.messages(), false);
        if (wrong.isPresent()) {
            return MacroOutcome.said(wrong.get());
        }
        if (given.report().isEmpty()) {
            return MacroOutcome.shown(TEMPLATE, OperatingTemplates.blank(text));
        }
        Reading<OperatingTemplateView> read = source.pairing(given.report().get(), given.manager().orElse(null))
                .then(source::template);
        if (read instanceof Reading.Data<OperatingTemplateView> data) {
            return MacroOutcome.shown(TEMPLATE, data.value());
        }
        if (read instanceof Reading.NotPermitted) {
            return MacroOutcome.shown(TEMPLATE, OperatingTemplates.blank(text));
        }
        return MacroOutcome.saidAbove(Message.of(read, text.messages()), TEMPLATE, OperatingTemplates.blank(text));
    }

    /**
     * {@code throughline-development}: a report's development thread, the active one with its history newest first
     * (the newest {@code limit} entries when given), then the earlier ones. A page is read, not edited, so the view is
     * the report's or an outsider's, never the manager's form to start a thread.
     */
    public static MacroOutcome development(Map<String, String> parameters, MacroSource source, Messages texts) {
        MacroParameters given = new MacroParameters(parameters);
        Optional<Message> wrong = given.problem(texts, true);
        if (wrong.isPresent()) {
            return MacroOutcome.said(wrong.get());
        }
        Reading<DevelopmentView> read = source.pairing(given.report().orElseThrow(), given.manager().orElse(null))
                .then(source::development);
        if (read instanceof Reading.Data<DevelopmentView> data) {
            return MacroOutcome.shown(DEVELOPMENT, forPage(data.value(), given.limit()));
        }
        return MacroOutcome.said(Message.of(read, texts));
    }

    /**
     * {@code throughline-recap}: the last {@code limit} recaps (5 unless given) of the viewer's pairing with a report,
     * newest first, each with its date and its commitments as they stand today.
     */
    public static MacroOutcome recaps(Map<String, String> parameters, MacroSource source, Messages texts) {
        MacroParameters given = new MacroParameters(parameters);
        Optional<Message> wrong = given.problem(texts, true);
        if (wrong.isPresent()) {
            return MacroOutcome.said(wrong.get());
        }
        int limit = given.limit().orElse(DEFAULT_RECAPS);
        Reading<RecapsView> read = source.pairing(given.report().orElseThrow(), given.manager().orElse(null))
                .then(pairing -> source.recaps(pairing, limit));
        if (read instanceof Reading.Data<RecapsView> data) {
            return MacroOutcome.shown(RECAPS, data.value());
        }
        return MacroOutcome.said(Message.of(read, texts));
    }

    /** The view read-only, each thread's history cut to the newest {@code limit} entries when given. */
    public static DevelopmentView forPage(DevelopmentView view, OptionalInt limit) {
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
