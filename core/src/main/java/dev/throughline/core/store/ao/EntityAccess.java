package dev.throughline.core.store.ao;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The part of the Active Objects API the store uses, so the same store runs on net.java.ao's
 * {@code EntityManager} (sandbox, tests) and on Atlassian's {@code ActiveObjects} service (Jira, Confluence),
 * whose methods have these very shapes. Database errors surface as
 * {@link dev.throughline.core.store.StoreException}.
 */
public interface EntityAccess {

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Runs {@code work} in one transaction; a nested call joins the running one. */
    <T> T inTransaction(Supplier<T> work);
}
