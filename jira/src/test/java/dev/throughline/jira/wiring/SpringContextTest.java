package dev.throughline.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.throughline.jira.mail.JiraRecapMail;
import dev.throughline.jira.people.JiraPeople;
import dev.throughline.jira.people.JiraTexts;
import dev.throughline.jira.people.JiraViewer;
import dev.throughline.jira.store.ActiveObjectsAccess;
import dev.throughline.jira.work.JiraWorkItems;
import dev.throughline.web.Throughline;
import dev.throughline.web.rest.SignInRequiredException;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Spring context gives the REST resources one {@link Throughline}, made by the composition root from Jira's
 * services: the bean file names a component and a method that exist, and the object they make answers as Jira's
 * signed-in user.
 */
class SpringContextTest {

    @Test
    void theThroughlineBeanComesFromTheCompositionRoot() throws Exception {
        Element bean = throughlineBean();
        assertEquals(Throughline.class.getName(), bean.getAttribute("class"));
        assertEquals(JiraComposition.NAME, bean.getAttribute("factory-bean"));
        assertEquals(JiraComposition.NAME, JiraComposition.class.getAnnotation(Named.class).value(),
                "spring-scanner registers the composition root under the name the bean file uses");
        Method factory = JiraComposition.class.getMethod(bean.getAttribute("factory-method"));
        assertEquals(Throughline.class, factory.getReturnType());
    }

    @Test
    void theComposedApiAnswersAsJirasSignedInUser() {
        UserManager users = mock(UserManager.class);
        JiraPeople people = new JiraPeople(users);
        JiraTexts texts = new JiraTexts(mock(LocaleResolver.class), mock(TimeZoneManager.class), people);
        Throughline api = new JiraComposition(new ActiveObjectsAccess(mock(ActiveObjects.class)), new JiraViewer(users),
                texts, people, new JiraRecapMail(mock(MailQueue.class), users, texts), mock(JiraWorkItems.class))
                .throughline();

        assertThrows(SignInRequiredException.class, api::signedIn, "anonymous: the REST API answers 401");
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("JIRAUSER10100");
        when(users.getRemoteUserKey()).thenReturn(key);
        assertEquals(dev.throughline.core.people.UserKey.of("JIRAUSER10100"), api.signedIn());
        assertNotNull(api.texts());
    }

    private static Element throughlineBean() throws Exception {
        try (InputStream in = SpringContextTest.class.getResourceAsStream("/META-INF/spring/plugin-context.xml")) {
            assertNotNull(in, "the plugin's Spring context is on the classpath");
            var beans = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                if (bean.getAttribute("id").equals("throughline")) {
                    return bean;
                }
            }
            throw new AssertionError("no throughline bean in the Spring context");
        }
    }
}
