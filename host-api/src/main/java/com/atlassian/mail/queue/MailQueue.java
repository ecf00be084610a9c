package com.atlassian.mail.queue;

/** Declaration of atlassian-mail's outgoing queue (Jira's mail queue): only the members Throughline calls. */
public interface MailQueue {

    void addItem(MailQueueItem item);
}
