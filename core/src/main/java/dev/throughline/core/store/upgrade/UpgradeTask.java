package dev.throughline.core.store.upgrade;

import dev.throughline.core.store.ao.EntityAccess;

/**
 * One numbered change to the stored data, run once when a database is brought up to {@link #modelVersion()}.
 * The same tasks run in Jira and Confluence (wrapped as Atlassian {@code ActiveObjectsUpgradeTask}s, whose model
 * version is this number) and on the sandbox's database ({@link Upgrader}). A task that needs the old shape of an
 * entity keeps a frozen copy of it in its own package ({@code upgrade.v2.*}), never the live entity. A task that
 * changes what a pairing has on record gives the pairing row a new stamp, so no node keeps serving the record as it
 * was (see {@link dev.throughline.core.store.ao.AoStore}).
 */
public interface UpgradeTask {

    /** The model version the data has once this task has run; tasks run in ascending order. */
    int modelVersion();

    /** Transforms the data; runs in one transaction with the recording of its version. */
    void upgrade(EntityAccess db);
}
