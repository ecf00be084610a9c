package dev.throughline.core.store.upgrade;

import dev.throughline.core.store.ao.EntityAccess;
import dev.throughline.core.store.ao.ModelVersionEntity;
import dev.throughline.core.store.ao.PairingEntity;
import net.java.ao.Query;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Brings the stored data up to the current model version by running every pending {@link UpgradeTask} in order,
 * each in one transaction together with the recording of its version: a task that fails leaves its data and the
 * recorded version as they were, and the next start tries it again.
 */
public final class Upgrader {

    /** The tasks of this release, in order. Model version 1 is the first schema; later versions add tasks here. */
    public static final List<UpgradeTask> TASKS = List.of();

    /** The model version of the data this release writes. */
    public static final int MODEL_VERSION = 1;

    private final List<UpgradeTask> tasks;
    private final int latest;

    public Upgrader(List<UpgradeTask> tasks, int latest) {
        this.tasks = tasks.stream().sorted(Comparator.comparingInt(UpgradeTask::modelVersion)).toList();
        this.latest = latest;
        if (!this.tasks.isEmpty() && this.tasks.get(this.tasks.size() - 1).modelVersion() > latest) {
            throw new IllegalArgumentException("a task goes beyond model version " + latest);
        }
    }

    public static Upgrader current() {
        return new Upgrader(TASKS, MODEL_VERSION);
    }

    /**
     * Runs the pending tasks (the schema itself must already be migrated) and returns the model version reached.
     * A database without a recorded version and without data is new: it starts at the latest version.
     */
    public int upgrade(EntityAccess db) {
        int version = recordedVersion(db);
        if (version == 0 && db.find(PairingEntity.class, Query.select().limit(1)).length == 0) {
            record(db, latest);
            return latest;
        }
        for (UpgradeTask task : tasks) {
            if (task.modelVersion() > version) {
                db.inTransaction(() -> {
                    task.upgrade(db);
                    record(db, task.modelVersion());
                    return null;
                });
                version = task.modelVersion();
            }
        }
        if (version < latest) {
            record(db, latest);
            version = latest;
        }
        return version;
    }

    /** The recorded model version, 0 when none was recorded. */
    public static int recordedVersion(EntityAccess db) {
        ModelVersionEntity[] rows = db.find(ModelVersionEntity.class, Query.select());
        return rows.length == 0 ? 0 : rows[0].getModelVersion();
    }

    private static void record(EntityAccess db, int version) {
        ModelVersionEntity[] rows = db.find(ModelVersionEntity.class, Query.select());
        if (rows.length == 0) {
            db.create(ModelVersionEntity.class, Map.of("MODEL_VERSION", version));
        } else {
            rows[0].setModelVersion(version);
            rows[0].save();
        }
    }
}
