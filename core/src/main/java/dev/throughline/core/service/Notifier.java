package dev.throughline.core.service;

import dev.throughline.core.pairing.Pairing;
import dev.throughline.core.session.Session;

/** Sends a session's recap to the report: Jira's mail queue, or the sandbox's inbox page. */
public interface Notifier {

    /** Called once the session's recap is marked sent, inside the same transaction. */
    void sendRecap(Pairing pairing, Session session);
}
