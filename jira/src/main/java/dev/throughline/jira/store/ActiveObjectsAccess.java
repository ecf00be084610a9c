package dev.throughline.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.throughline.core.store.ao.EntityAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The store's entity access on the host's {@link ActiveObjects} service: the same calls the sandbox makes on
 * net.java.ao's EntityManager. Transactions are the host's; a nested one joins the running one there too.
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
        return activeObjects.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return activeObjects.find(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        activeObjects.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return activeObjects.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return activeObjects.executeInTransaction(work::get);
    }
}
