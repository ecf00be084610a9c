package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Declaration of a beehive cluster lock: a {@link Lock} held across every node of the cluster. */
public interface ClusterLock extends Lock {
}
