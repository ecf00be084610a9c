package dev.throughline.jira.work;

import dev.throughline.core.DomainException;
import dev.throughline.core.i18n.BundleMessages;
import dev.throughline.core.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * Jira would not do what Throughline asked, with a message the person can act on. The message's key lives in the
 * plugin's bundle: {@link #message(Messages)} reads it in the viewer's language (their texts include that bundle), and
 * {@link #getMessage()}, which the REST API answers with, in English from the core's bundles and the plugin's.
 */
public class WorkRefusal extends DomainException {

    /** The plugin's texts after the core's, in English: for the REST answer and for what Jira stores. */
    static final Messages ENGLISH = new BundleMessages(Locale.ENGLISH, List.of("dev.throughline.jira.i18n.jira"));

    private static final long serialVersionUID = 1L;

    public WorkRefusal(String key, String field, Object... args) {
        super(key, field, args);
    }

    @Override
    public String getMessage() {
        return message(ENGLISH);
    }

    /** This refusal, caused by {@code failure}. */
    WorkRefusal causedBy(Throwable failure) {
        initCause(failure);
        return this;
    }

    /** What a host failure says, for a message argument: its own text, or its kind when it has none. */
    static String describe(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }
}
