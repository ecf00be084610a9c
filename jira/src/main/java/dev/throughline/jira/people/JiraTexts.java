package dev.throughline.jira.people;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;
import dev.throughline.web.ViewTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each viewer reads Throughline in their own Jira language and time zone (their profile's, else the site's): the
 * core's texts plus the plugin's, one set per language, kept for the plugin's life (Jira has a handful of languages).
 */
@Named
public class JiraTexts implements ViewTexts {

    /** The plugin's own texts, after the core's. */
    static final List<String> BUNDLES = List.of("dev.throughline.jira.i18n.jira");

    private final LocaleResolver locales;
    private final TimeZoneManager zones;
    private final JiraPeople people;
    private final Map<Locale, Messages> messages = new ConcurrentHashMap<>();

    @Inject
    public JiraTexts(@ComponentImport LocaleResolver locales, @ComponentImport TimeZoneManager zones,
                     JiraPeople people) {
        this.locales = locales;
        this.zones = zones;
        this.people = people;
    }

    @Override
    public ViewText of(UserKey viewer) {
        com.atlassian.sal.api.user.UserKey key = new com.atlassian.sal.api.user.UserKey(viewer.value());
        Locale locale = Optional.ofNullable(locales.getLocale(key)).orElse(Locale.ENGLISH);
        return new ViewText(messages.computeIfAbsent(locale, language -> new BundleMessages(language, BUNDLES)),
                locale, Clock.system(zoneOf(key)), people);
    }

    /** The viewer's time zone: their profile's, else the server's. */
    public ZoneId zoneOf(UserKey viewer) {
        return zoneOf(new com.atlassian.sal.api.user.UserKey(viewer.value()));
    }

    private ZoneId zoneOf(com.atlassian.sal.api.user.UserKey key) {
        return Optional.ofNullable(zones.getUserTimeZone(key)).map(TimeZone::toZoneId).orElse(ZoneId.systemDefault());
    }
}
