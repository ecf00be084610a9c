package com.atlassian.mail.queue;

/**
 * Declaration of atlassian-mail's base queued mail, the supertype of the item Throughline queues. It declares
 * {@code compareTo} only because Java requires a concrete subtype to have it; Throughline never calls it.
 */
public abstract class AbstractMailQueueItem implements MailQueueItem {

    public AbstractMailQueueItem() {
    }

    @Override
    public int compareTo(MailQueueItem other) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
