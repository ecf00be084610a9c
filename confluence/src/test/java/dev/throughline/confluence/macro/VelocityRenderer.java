package dev.throughline.confluence.macro;

import com.atlassian.templaterenderer.TemplateRenderer;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.owasp.encoder.Encode;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Confluence's template renderer as the tests need it: the real templates through Velocity 2 read the way
 * Atlassian's Velocity reads them, every inserted value HTML-escaped unless its name ends in {@code Html}, and
 * {@code $i18n} over the plugin's bundles. Unknown texts show as {@code ??key??}, so a missing one is seen.
 */
final class VelocityRenderer implements TemplateRenderer {

    private final VelocityEngine engine;
    private final Messages messages = new BundleMessages(Locale.ENGLISH, MacroTexts.BUNDLES);

    VelocityRenderer() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        properties.setProperty("directive.if.empty_check", "false");
        properties.setProperty("parser.allow_hyphen_in_identifiers", "true");
        properties.setProperty("parser.space_gobbling", "bc");
        properties.setProperty("velocimacro.enable_bc_mode", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        VelocityContext values = new VelocityContext();
        context.forEach(values::put);
        values.put("i18n", new I18n(messages));
        EventCartridge events = new EventCartridge();
        events.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null || reference.replaceAll("\\(.*", "").endsWith("Html") ? value
                        : Encode.forHtml(value.toString()));
        events.attachToContext(values);
        Template template = engine.getTemplate(templateName, StandardCharsets.UTF_8.name());
        template.merge(values, writer);
    }

    /** {@code $i18n.getText(key, args...)}, as the host's helper is called. */
    public static final class I18n {

        private final Messages messages;

        I18n(Messages messages) {
            this.messages = messages;
        }

        public String getText(String key) {
            return getText(key, new Object[0]);
        }

        public String getText(String key, Object... args) {
            return messages.has(key) ? messages.get(key, args) : "??" + key + "??";
        }
    }
}
