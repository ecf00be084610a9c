package com.atlassian.jira.sharing;

import java.util.Set;

/** Declaration of Jira's shared entity (a filter, a dashboard): only what Throughline uses. */
public interface SharedEntity {

    /** Declaration of who an entity is shared with. The host provides the class; these bodies never run. */
    final class SharePermissions {

        public SharePermissions(Set<SharePermission> permissions) {
            throw new UnsupportedOperationException("provided by the host");
        }
    }
}
