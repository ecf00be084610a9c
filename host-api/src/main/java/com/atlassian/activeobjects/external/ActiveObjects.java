package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

/** Declaration of the host's Active Objects service: only the members Throughline calls. */
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
