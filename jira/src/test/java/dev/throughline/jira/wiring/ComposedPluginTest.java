package dev.throughline.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.throughline.core.ForbiddenException;
import dev.throughline.core.NotFoundException;
import dev.throughline.core.commitment.CommitmentKind;
import dev.throughline.core.commitment.Party;
import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.core.view.CommitmentView;
import dev.throughline.core.view.SessionView;
import dev.throughline.jira.mail.JiraRecapMail;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraTexts;
import dev.throughline.jira.people.JiraViewer;
import dev.throughline.jira.store.ActiveObjectsAccess;
import dev.throughline.jira.work.JiraWorkItems;
import dev.throughline.web.Throughline;
import dev.throughline.web.rest.CommitmentResource;
import dev.throughline.web.rest.PairingResource;
import dev.throughline.web.rest.SessionResource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

/**
 * The plugin as Jira composes it (the composition root on Active Objects, SAL's users, the work items) driven through
 * the shared REST resources on a real embedded database: the manager runs the session, the report sees it, a peer
 * gets "not found" everywhere, and a commitment's sub-task resolved in Jira shows done.
 */
class ComposedPluginTest {

    private final UserManager users = mock(UserManager.class);
    private final JiraWorkItems workItems = mock(JiraWorkItems.class);
    private AoDatabase database;
    private MockedConstruction<UserKey> keys;
    private Throughline api;

    @BeforeEach
    void compose() {
        JDBCDataSource dataSource = new JDBCDataSource();
        String url = "jdbc:hsqldb:mem:jira" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc";
        dataSource.setURL(url);
        dataSource.setUser("SA");
        database = AoDatabase.open(dataSource, url);
        ActiveObjects activeObjects = new DatabaseActiveObjects(database.access());
        // SAL's UserKey is the host's class: here only its declaration, so its construction is stood in for.
        keys = mockConstruction(UserKey.class, (key, context) ->
                when(key.getStringValue()).thenReturn((String) context.arguments().get(0)));
        when(users.getUserProfile(any(UserKey.class))).thenAnswer(call -> profile(((UserKey) call.getArgument(0))
                .getStringValue()));
        JiraPeople people = new JiraPeople(users);
        JiraTexts texts = new JiraTexts(mock(LocaleResolver.class), mock(TimeZoneManager.class), people);
        api = new JiraComposition(new ActiveObjectsAccess(activeObjects), new JiraViewer(users), texts, people,
                new JiraRecapMail(mock(MailQueue.class), users, texts), workItems).throughline();
    }

    @AfterEach
    void close() {
        keys.close();
        database.close();
    }

    @Test
    void onlyThePairingSeesItsSessionAndOnlyTheManagerChangesIt() {
        signIn("morgan");
        long pairing = new PairingResource(api).create(new PairingResource.PairingRequest("alex",
                LocalDate.now().minusYears(2), null, false, null)).id();
        SessionView session = new SessionResource(api).schedule(new SessionResource.ScheduleRequest(pairing,
                Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
        assertEquals("Alex Kim", session.reportName(), "names come from Jira's users");

        signIn("alex");
        assertEquals(session.id(), sessions().get(session.id(), null, null, null, null).id());
        assertThrows(ForbiddenException.class, () -> sessions().focus(session.id(),
                new SessionResource.FocusRequest(session.version(), "mine now")));

        signIn("casey");
        assertThrows(NotFoundException.class, () -> sessions().get(session.id(), null, null, null, null));
        assertThrows(NotFoundException.class, () -> sessions().prep(session.id()));
        assertThrows(NotFoundException.class, () -> new PairingResource(api).development(pairing));
        assertThrows(NotFoundException.class, () -> new PairingResource(api).recaps(pairing, "5"));
        assertTrue(new PairingResource(api).team().reports().isEmpty(), "a peer's team has nobody of theirs");
    }

    @Test
    void aCommitmentIsASubTaskAndDoneWhenJiraResolvedIt() {
        signIn("morgan");
        long pairing = new PairingResource(api).create(new PairingResource.PairingRequest("alex",
                LocalDate.now().minusYears(2), null, false, null)).id();
        SessionView session = new SessionResource(api).schedule(new SessionResource.ScheduleRequest(pairing,
                Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        when(workItems.committed(any(), any(), any())).thenReturn(Optional.of("10400"));
        when(workItems.completed(anyCollection())).thenReturn(Map.of("10400", Optional.empty()));
        SessionView made = sessions().commit(session.id(), new SessionResource.CommitmentRequest(Party.REPORT,
                "Send the agenda", LocalDate.now().plusDays(3), CommitmentKind.OTHER, null));
        CommitmentView agenda = made.made().get(0);
        assertEquals("OPEN", agenda.status());
        assertTrue(agenda.tracked(), "its sub-task says when it is done: no Done button here");

        when(workItems.completed(anyCollection())).thenReturn(Map.of("10400", Optional.of(LocalDate.now())));
        CommitmentView resolved = sessions().get(session.id(), null, null, null, null).made().get(0);
        assertEquals(List.of("Send the agenda", "DONE"), List.of(resolved.text(), resolved.status()));

        signIn("alex");
        assertThrows(dev.throughline.core.DomainException.class,
                () -> new CommitmentResource(api).done(agenda.id()), "done on its sub-task, not here");
    }

    private SessionResource sessions() {
        return new SessionResource(api);
    }

    private void signIn(String user) {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn(user);
        when(users.getRemoteUserKey()).thenReturn(key);
    }

    private static UserProfile profile(String user) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(switch (user) {
            case "alex" -> "Alex Kim";
            case "morgan" -> "Morgan Lee";
            default -> "Casey Park";
        });
        return profile;
    }
}
