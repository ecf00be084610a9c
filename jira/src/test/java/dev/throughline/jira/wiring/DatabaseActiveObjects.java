package dev.throughline.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.throughline.core.store.ao.EntityAccess;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

/**
 * The host's Active Objects service as the plugin calls it, on a real embedded database through net.java.ao: what Jira
 * would run our entities on, so the composed plugin can be driven end to end in a test.
 */
final class DatabaseActiveObjects implements ActiveObjects {

    private final EntityAccess db;

    DatabaseActiveObjects(EntityAccess db) {
        this.db = db;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return db.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return db.find(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        db.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return db.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return db.inTransaction(callback::doInTransaction);
    }
}
