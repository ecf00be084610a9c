package dev.throughline.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.macro.MacroOutcome;
import dev.throughline.core.macro.Macros;
import dev.throughline.core.macro.Message;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * What a macro puts on the page: a core template with its view, or a message in AUI's markup, both rendered by
 * Confluence's Velocity (every value escaped, only allowlisted methods called). Plain HTML without scripts, so the
 * same output serves the page, its PDF and Word exports and the editor's preview; the pages' styles come as a web
 * resource where the page has them.
 */
@Named
public class MacroOutput {

    /** The web resource (in atlassian-plugin.xml) with the pages' styles. */
    public static final String RESOURCES = "dev.throughline.confluence:throughline-macros";

    private final TemplateRenderer renderer;
    private final PageBuilderService pages;

    @Inject
    public MacroOutput(@ComponentImport TemplateRenderer renderer, @ComponentImport PageBuilderService pages) {
        this.renderer = renderer;
        this.pages = pages;
    }

    /** One of the core's templates ({@link Macros#RECAPS}) with {@code view} as {@code $view}. */
    public String view(String template, Object view, Messages texts) throws MacroExecutionException {
        pages.assembler().resources().requireWebResource(RESOURCES);
        return render(template, Map.of("view", view), texts);
    }

    /** A message for a viewer: {@code kind} is AUI's ({@code info}, {@code warning}, {@code error}). */
    public String message(Message message, Messages texts) throws MacroExecutionException {
        return render(Macros.MESSAGE, message.values(), texts);
    }

    /** What a macro shows: its message, if any, above its template, if any. */
    public String outcome(MacroOutcome outcome, Messages texts) throws MacroExecutionException {
        StringBuilder html = new StringBuilder();
        if (outcome.message() != null) {
            html.append(message(outcome.message(), texts));
        }
        if (outcome.shows()) {
            html.append(view(outcome.template(), outcome.view(), texts));
        }
        return html.toString();
    }

    private String render(String template, Map<String, Object> values, Messages texts)
            throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, new HashMap<>(values), out);
        } catch (RenderingException | IOException e) {
            // Confluence shows the macro's error with this text, never the trace.
            throw new MacroExecutionException(texts.get("dev.throughline.confluence.failed"), e);
        }
        return out.toString();
    }
}
