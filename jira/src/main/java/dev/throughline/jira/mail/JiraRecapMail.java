package dev.throughline.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.service.Notifier;
import dev.throughline.core.session.Recap;
import dev.throughline.core.session.Session;
import dev.throughline.core.view.ViewText;
import dev.throughline.jira.people.JiraTexts;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Sends a recap to the report by Jira's mail queue, in the report's language and time zone, as plain text. The queue
 * sends it after the request, through the site's outgoing mail server; a report without an email address still
 * finds the recap on their own page ("What am I being developed toward?"), so the send is recorded either way.
 */
@Named
public class JiraRecapMail implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(JiraRecapMail.class);

    private final MailQueue queue;
    private final UserManager users;
    private final JiraTexts texts;

    @Inject
    public JiraRecapMail(@ComponentImport MailQueue queue, @ComponentImport UserManager users, JiraTexts texts) {
        this.queue = queue;
        this.users = users;
        this.texts = texts;
    }

    @Override
    public void sendRecap(Pairing pairing, Session session) {
        Optional<String> address = Optional.ofNullable(users.getUserProfile(
                        new com.atlassian.sal.api.user.UserKey(pairing.report().value())))
                .map(UserProfile::getEmail).filter(email -> !email.isBlank());
        if (address.isEmpty()) {
            LOG.warn("Recap of session {} not mailed: its report has no email address",
                    session.id());
            return;
        }
        ViewText text = texts.of(pairing.report());
        String recap = session.recapValue().map(Recap::text).orElse("");
        Email email = new Email(address.get());
        email.setSubject(text.text("throughline.mail.recap.subject", text.name(pairing.manager()),
                text.date(session.date(text.zone()))));
        email.setBody(text.text("throughline.mail.recap.body", text.name(pairing.manager()),
                text.date(session.date(text.zone())), recap));
        email.setMimeType("text/plain");
        queue.addItem(new SingleMailQueueItem(email));
    }
}
