package dev.throughline.standalone;

import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.service.Notifier;
import dev.throughline.core.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox sends no mail: a sent recap is recorded with the session and shows on the report's own page
 * ("My one-on-ones"); the log says it went.
 */
final class SandboxNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxNotifier.class);

    @Override
    public void sendRecap(Pairing pairing, Session session) {
        LOG.info("Recap of session {} sent to {}", session.id(), pairing.report().value());
    }
}
