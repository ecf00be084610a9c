package dev.throughline.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.core.store.StoreException;
import dev.throughline.core.store.ao.EntityAccess;
import dev.throughline.core.store.ao.EntityManagerAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The store's entity access on the host's {@link ActiveObjects} service: the same calls the sandbox makes on
 * net.java.ao's EntityManager. Transactions are the host's; a nested one joins the running one there too. A
 * database error arrives as the store expects it, a {@link StoreException} around the host's exception, so a
 * duplicate key or a transaction the database could not serialize is answered as a concurrent change (409), not a
 * server error. It is not run again here: the host's transaction may be part of a larger one.
 */
@Named
public class ActiveObjectsAccess implements EntityAccess {

    private final ActiveObjects activeObjects;

    @Inject
    public ActiveObjectsAccess(@ComponentImport ActiveObjects activeObjects) {
        this.activeObjects = Objects.requireNonNull(activeObjects, "activeObjects");
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call(() -> activeObjects.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> activeObjects.find(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            activeObjects.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> activeObjects.deleteWithSQL(type, criteria, parameters));
    }

    /** The work's own exceptions pass as they are; a commit the database could not serialize becomes a store error. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return activeObjects.executeInTransaction(work::get);
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException) && EntityManagerAccess.serializationFailure(e)) {
                throw new StoreException("transaction failed", e);
            }
            throw e;
        }
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (EntityManagerAccess.sqlState(e, state -> true)) {
                throw new StoreException(e.getMessage(), e);
            }
            throw e;
        }
    }
}
