package dev.throughline.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.people.UserKey;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Session;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraTexts;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A sent recap goes to the report's address through Jira's mail queue, in the report's language and time zone. */
class JiraRecapMailTest {

    private static final Pairing PAIRING = new Pairing(7, UserKey.of("morgan"), UserKey.of("alex"),
            LocalDate.of(2024, 1, 8), null, false, null);

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final JiraRecapMail mail = new JiraRecapMail(queue, users,
            new JiraTexts(locales, zones, new JiraPeople(users)));

    private final Session sent = Session.scheduled(PAIRING.id(), Instant.parse("2026-12-01T23:30:00Z"))
            .hold(Instant.parse("2026-12-02T00:00:00Z")).withRecap(Recap.parse("Discussed the launch.\nNext steps: Alex: write the plan by Fri 4 Dec."));

    @Test
    void theRecapIsQueuedToTheReportsAddressAsPlainText() {
        List<Object> addresses = new ArrayList<>();
        List<Object> queued = new ArrayList<>();
        UserProfile alex = profile("Alex Kim", "alex@example.com");
        UserProfile morgan = profile("Morgan Lee", "morgan@example.com");
        when(locales.getLocale(any())).thenReturn(Locale.ENGLISH);
        when(zones.getUserTimeZone(any())).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys = mockConstruction(
                     com.atlassian.sal.api.user.UserKey.class, (key, context) ->
                             when(key.getStringValue()).thenReturn((String) context.arguments().get(0)));
             MockedConstruction<Email> emails = mockConstruction(Email.class,
                     (email, context) -> addresses.add(context.arguments().get(0)));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class,
                     (item, context) -> queued.add(context.arguments().get(0)))) {
            when(users.getUserProfile(any(com.atlassian.sal.api.user.UserKey.class))).thenAnswer(call -> switch (
                    ((com.atlassian.sal.api.user.UserKey) call.getArgument(0)).getStringValue()) {
                case "alex" -> alex;
                case "morgan" -> morgan;
                default -> null;
            });

            mail.sendRecap(PAIRING, sent);

            assertEquals(1, emails.constructed().size());
            Email email = emails.constructed().get(0);
            assertEquals(List.of("alex@example.com"), addresses);
            // 23:30 UTC on the 1st is already the 2nd in Berlin, the report's zone.
            verify(email).setSubject("Recap of your one-on-one with Morgan Lee (Wed 2 Dec 2026)");
            verify(email).setBody("Morgan Lee sent you the recap of your one-on-one of Wed 2 Dec 2026:\n\n"
                    + "Discussed the launch.\nNext steps: Alex: write the plan by Fri 4 Dec.\n\n"
                    + "Your commitments and development thread are on your Throughline page in Jira.");
            verify(email).setMimeType("text/plain");
            assertEquals(List.of(email), queued, "the queued item carries that email");
            verify(queue).addItem(items.constructed().get(0));
        }
    }

    @Test
    void aReportWithoutAnAddressGetsNoMailAndNothingFails() {
        UserProfile alex = profile("Alex Kim", " ");
        when(users.getUserProfile(any(com.atlassian.sal.api.user.UserKey.class))).thenReturn(alex);
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class);
             MockedConstruction<Email> emails = mockConstruction(Email.class)) {
            mail.sendRecap(PAIRING, sent);
            assertTrue(emails.constructed().isEmpty());
        }
        verify(queue, never()).addItem(any());
    }

    @Test
    void aReportJiraNoLongerKnowsGetsNoMail() {
        try (MockedConstruction<com.atlassian.sal.api.user.UserKey> keys =
                     mockConstruction(com.atlassian.sal.api.user.UserKey.class)) {
            mail.sendRecap(PAIRING, sent);
        }
        verify(queue, never()).addItem(any());
    }

    private static UserProfile profile(String name, String email) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(name);
        when(profile.getEmail()).thenReturn(email);
        return profile;
    }
}
