package com.atlassian.beehive;

/** Declaration of Atlassian beehive's cluster-wide named locks: only the members Throughline calls. */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
