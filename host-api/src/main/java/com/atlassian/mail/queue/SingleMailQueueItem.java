package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/** Declaration of atlassian-mail's one-recipient queued mail. The host provides the class; these bodies never run. */
public class SingleMailQueueItem extends AbstractMailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
