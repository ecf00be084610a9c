package dev.throughline.standalone.web;

import dev.throughline.core.i18n.Messages;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Renders the Velocity templates (core's shared ones and the sandbox's own) with every inserted value
 * HTML-escaped unless its name ends in {@code Html}. Velocity 2 is set to read templates as Atlassian's older
 * Velocity does, so the same templates run in the hosts.
 */
public final class PageRenderer {

    private final VelocityEngine engine;
    private final Messages messages;

    public PageRenderer(Messages messages) {
        this.messages = messages;
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        properties.setProperty("directive.if.empty_check", "false");
        properties.setProperty("parser.allow_hyphen_in_identifiers", "true");
        properties.setProperty("parser.space_gobbling", "bc");
        properties.setProperty("velocimacro.enable_bc_mode", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    /** Renders {@code template} (a classpath path) with {@code values} and {@code $i18n}. */
    public String render(String template, Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        context.put("i18n", new I18n(messages));
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new EscapingReferences());
        events.attachToContext(context);
        Template loaded = engine.getTemplate(template, StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        loaded.merge(context, out);
        return out.toString();
    }

    public Messages messages() {
        return messages;
    }
}
