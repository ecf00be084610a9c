package dev.throughline.confluence.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.LocaleResolver;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.view.ViewText;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The macros' own texts (their messages, the operating template without Jira) in the viewer's Confluence language:
 * the core's bundles plus the plugin's, one set per language, kept for the plugin's life. What Jira sends is already
 * in the viewer's Jira language.
 */
@Named
public class MacroTexts {

    /** The plugin's own texts, after the core's. */
    static final List<String> BUNDLES = List.of("dev.throughline.confluence.i18n.confluence");

    private final LocaleResolver locales;
    private final Map<Locale, Messages> messages = new ConcurrentHashMap<>();

    @Inject
    public MacroTexts(@ComponentImport LocaleResolver locales) {
        this.locales = locales;
    }

    /** The current viewer's texts. */
    public Messages messages() {
        Locale locale = locale();
        return messages.computeIfAbsent(locale, language -> new BundleMessages(language, BUNDLES));
    }

    /**
     * What the operating template needs without Jira: texts, and no dates or people (the blank template names
     * nobody).
     */
    public ViewText viewText() {
        return new ViewText(messages(), locale(), Clock.systemDefaultZone(), user -> Optional.empty());
    }

    private Locale locale() {
        return Optional.ofNullable(locales.getLocale()).orElse(Locale.ENGLISH);
    }
}
