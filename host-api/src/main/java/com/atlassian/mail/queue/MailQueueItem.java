package com.atlassian.mail.queue;

/** Declaration of atlassian-mail's queued mail: only its type, which Throughline passes on. */
public interface MailQueueItem extends Comparable<MailQueueItem> {
}
