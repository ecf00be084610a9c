package com.atlassian.jira.sharing;

import com.atlassian.jira.sharing.type.ShareType;

/** Declaration of a share of an entity. The host provides the class; these bodies never run. */
public class SharePermissionImpl implements SharePermission {

    public SharePermissionImpl(Long id, ShareType.Name type, String param1, String param2) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
