package dev.throughline.jira.people;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.view.ViewText;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

/** A viewer reads in their own Jira language and time zone; the site's zone and English stand in when SAL has none. */
class JiraTextsTest {

    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final JiraTexts texts = new JiraTexts(locales, zones, new JiraPeople(mock(UserManager.class)));

    @Test
    void theViewersLanguageAndTimeZone() {
        when(locales.getLocale(any())).thenReturn(Locale.GERMANY);
        when(zones.getUserTimeZone(any())).thenReturn(TimeZone.getTimeZone("Pacific/Auckland"));
        // SAL's UserKey is the host's class: here only its declaration, so its construction is stood in for.
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class)) {
            ViewText text = texts.of(UserKey.of("JIRAUSER10100"));
            assertEquals(Locale.GERMANY, text.locale());
            assertEquals(ZoneId.of("Pacific/Auckland"), text.zone());
            assertEquals(1, keys.constructed().size(), "asked SAL about the viewer by key");
            assertEquals(ZoneId.of("Pacific/Auckland"), texts.zoneOf(UserKey.of("JIRAUSER10100")),
                    "the services' today is the viewer's too");
        }
    }

    @Test
    void englishAndTheSitesZoneWhenSalKnowsNeither() {
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class)) {
            ViewText text = texts.of(UserKey.of("JIRAUSER10100"));
            assertEquals(Locale.ENGLISH, text.locale());
            assertEquals(ZoneId.systemDefault(), text.zone());
        }
    }

    @Test
    void theCoresTextsAndThePluginsOwnOneSetPerLanguage() {
        when(locales.getLocale(any())).thenReturn(Locale.ENGLISH);
        when(zones.getUserTimeZone(any())).thenReturn(TimeZone.getTimeZone("UTC"));
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class)) {
            ViewText alex = texts.of(UserKey.of("alex"));
            ViewText sam = texts.of(UserKey.of("sam"));
            assertSame(alex.messages(), sam.messages(), "one set of texts per language");
            assertEquals("Recap of your one-on-one with Morgan (Tue 3 Dec)",
                    alex.text("throughline.mail.recap.subject", "Morgan", "Tue 3 Dec"));
            assertEquals("Revisit by Friday.", alex.text("recap.revisit", "Friday"));
        }
    }
}
