package com.atlassian.sal.api.transaction;

/** Declaration of SAL's transaction callback. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
