package com.atlassian.jira.sharing.type;

/** Declaration of Jira's kinds of share: only what Throughline uses. */
public interface ShareType {

    /** Declaration of a kind of share's name. The host provides the class and its constants. */
    final class Name {

        /** Every signed-in user. */
        public static final Name AUTHENTICATED = null;

        private Name() {
        }
    }
}
