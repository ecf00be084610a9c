package dev.throughline.core.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The model version of the data, outside the hosts (in Jira and Confluence Active Objects keeps it itself).
 * One row.
 */
@Preload
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {

    @NotNull
    int getModelVersion();

    void setModelVersion(int version);
}
