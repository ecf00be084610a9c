package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The latest version of each versioned record, as a unique key ({@code SESSION:12:4}). Inserting the next
 * version's key in the same transaction as the update makes the optimistic-concurrency check atomic with the
 * plain entity API: of two writers of the same version, the database lets exactly one insert its key.
 */
@Table("REVISION")
public interface RevisionEntity extends Entity {

    @NotNull
    @Unique
    String getRevisionKey();

    void setRevisionKey(String key);
}
