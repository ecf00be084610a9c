package dev.throughline.jira;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraViewer;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

/** Who is asking and what people are called come from SAL's user manager, by user key. */
class JiraPeopleTest {

    private final UserManager users = mock(UserManager.class);

    @Test
    void theViewerIsTheSignedInUsersKeyOrNobody() {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("JIRAUSER10100");
        when(users.getRemoteUserKey()).thenReturn(key);
        assertEquals(Optional.of(dev.throughline.core.people.UserKey.of("JIRAUSER10100")),
                new JiraViewer(users).current());
        when(users.getRemoteUserKey()).thenReturn(null);
        assertEquals(Optional.empty(), new JiraViewer(users).current());
    }

    @Test
    void aKnownUserHasTheirFullNameAndAGoneOneNone() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Alex Kim");
        when(users.getUserProfile(any(UserKey.class))).thenReturn(profile, (UserProfile) null);
        JiraPeople people = new JiraPeople(users);
        // SAL's UserKey is the host's class: here only its declaration, so its construction is stood in for.
        try (MockedConstruction<UserKey> keys = mockConstruction(UserKey.class)) {
            assertEquals(Optional.of("Alex Kim"), people.displayName(
                    dev.throughline.core.people.UserKey.of("alex")));
            assertEquals(Optional.empty(), people.displayName(dev.throughline.core.people.UserKey.of("gone")));
            assertEquals(2, keys.constructed().size(), "looked up by key, once each");
        }
    }

    @Test
    void aTypedUserNameIsThatUsersKeyAndAKeyIsItself() {
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("JIRAUSER10100");
        UserProfile alex = mock(UserProfile.class);
        when(alex.getUserKey()).thenReturn(key);
        when(alex.getFullName()).thenReturn("Alex Kim");
        when(users.getUserProfile("alex.kim")).thenReturn(alex);
        when(users.getUserProfile(any(UserKey.class))).thenReturn(alex);
        JiraPeople people = new JiraPeople(users);
        try (MockedConstruction<UserKey> keys = mockConstruction(UserKey.class)) {
            assertEquals(Optional.of(dev.throughline.core.people.UserKey.of("JIRAUSER10100")),
                    people.named(" alex.kim "));
            assertEquals(Optional.of(dev.throughline.core.people.UserKey.of("JIRAUSER10100")),
                    people.named("JIRAUSER10100"), "no such user name, but a key Jira knows");
            when(users.getUserProfile(any(UserKey.class))).thenReturn(null);
            assertEquals(Optional.empty(), people.named("nobody"));
            assertEquals(Optional.empty(), people.named(" "));
        }
    }
}
