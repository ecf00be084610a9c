package dev.throughline.jira.provision;

import dev.throughline.jira.provision.ProvisionReport.State;
import dev.throughline.jira.provision.ProvisionReport.Subject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin page can show every report in the administrator's language: each key has its text. */
class ProvisionMessageTest {

    @Test
    void everyMessageStateAndSubjectHasItsText() {
        ResourceBundle texts = ResourceBundle.getBundle("dev.throughline.jira.i18n.jira", Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        for (ProvisionMessage message : ProvisionMessage.values()) {
            keys.add(message.key());
        }
        for (State state : State.values()) {
            keys.add(state.key());
        }
        for (Subject subject : Subject.values()) {
            keys.add(subject.key());
        }
        assertEquals(List.of(), keys.stream().filter(key -> !texts.containsKey(key)).toList());
    }

    @Test
    void aFailureWithoutTextIsNamedByItsKind() {
        assertEquals("IllegalStateException", ProvisionMessage.describe(new IllegalStateException()));
        assertEquals("IllegalStateException", ProvisionMessage.describe(new IllegalStateException(" ")));
        assertEquals("gone", ProvisionMessage.describe(new IllegalStateException("gone")));
    }
}
