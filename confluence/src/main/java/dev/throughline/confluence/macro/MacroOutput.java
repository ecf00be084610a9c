package dev.throughline.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.throughline.confluence.jira.JiraResult;
import dev.throughline.core.i18n.Messages;
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
    static final String MESSAGE = "dev/throughline/confluence/templates/message.vm";
    static final String TEMPLATES = "dev/throughline/core/templates/";

    private final TemplateRenderer renderer;
    private final PageBuilderService pages;

    @Inject
    public MacroOutput(@ComponentImport TemplateRenderer renderer, @ComponentImport PageBuilderService pages) {
        this.renderer = renderer;
        this.pages = pages;
    }

    /** One of the core's templates ({@code recaps.vm}) with {@code view} as {@code $view}. */
    public String view(String template, Object view, Messages texts) throws MacroExecutionException {
        pages.assembler().resources().requireWebResource(RESOURCES);
        return render(TEMPLATES + template, Map.of("view", view), texts);
    }

    /** A message for a viewer: {@code kind} is AUI's ({@code info}, {@code warning}, {@code error}). */
    public String message(Message message, Messages texts) throws MacroExecutionException {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", message.kind());
        values.put("message", message.text());
        if (message.link() != null) {
            values.put("link", message.link());
            values.put("linkText", message.linkText());
        }
        return render(MESSAGE, values, texts);
    }

    /** Why there is nothing to show, in the viewer's words. */
    public String problem(JiraResult<?> failure, Messages texts) throws MacroExecutionException {
        return message(Message.of(failure, texts), texts);
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
