package dev.throughline.confluence.macro;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.throughline.confluence.jira.JiraClient;
import dev.throughline.core.macro.Reading;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A Confluence for the macros: its Velocity (escaping), its web resources, an English viewer and a Jira client. */
final class MacroSite {

    static final URI AUTHORISE = URI.create("https://confluence.example/plugins/servlet/applinks/oauth/login-dance"
            + "/authorize?applicationLinkID=1");

    final JiraClient jira = mock(JiraClient.class);
    final PageBuilderService pages = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    final LocaleResolver locales = mock(LocaleResolver.class);
    final MacroOutput output = new MacroOutput(new VelocityRenderer(), pages);
    final MacroTexts texts = new MacroTexts(locales);

    MacroSite() {
        when(locales.getLocale()).thenReturn(Locale.ENGLISH);
    }

    /** Every way reading Jira can fail. */
    static List<Reading<Object>> failures() {
        return List.of(new Reading.NoLink<>(), new Reading.Unreachable<>(), new Reading.NotPermitted<>(),
                new Reading.Malformed<>(), new Reading.NeedsAuthorisation<>(AUTHORISE));
    }

    /** A failure as the result of any read: failures carry no data. */
    @SuppressWarnings("unchecked")
    static <T> Reading<T> failing(Reading<?> failure) {
        return (Reading<T>) failure;
    }

    static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
