package dev.throughline.core.store.ao;

import dev.throughline.core.store.StoreException;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@link EntityAccess} on net.java.ao's {@link EntityManager}: the sandbox's and the tests' binding. */
public final class EntityManagerAccess implements EntityAccess {

    /** How often a transaction the database could not serialize is tried in all. */
    static final int ATTEMPTS = 5;

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public EntityManagerAccess(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call(() -> entityManager.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    /**
     * Runs {@code work} in one transaction; a nested call joins the running one. Active Objects runs transactions
     * serializable, and PostgreSQL then refuses to commit some that merely ran beside another ("could not serialize
     * access"): such a transaction is run again from the start, up to {@link #ATTEMPTS} times. Its work re-reads
     * what it checks, so a real conflict (a stale version) is still found on the next attempt.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (!serializationFailure(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new SerializationFailure(attempt, e);
                }
            }
        }
    }

    private <T> T once(Supplier<T> work) {
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        } finally {
            inTransaction.remove();
        }
    }

    /** SQLSTATE 40001 (serialization failure) or 40P01 (deadlock) anywhere in the chain. */
    public static boolean serializationFailure(Throwable failure) {
        return sqlState(failure, state -> state.equals("40001") || state.equals("40P01"));
    }

    /** Whether an SQLException somewhere in {@code failure}'s chain has a state that {@code matches}. */
    public static boolean sqlState(Throwable failure, Predicate<String> matches) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && matches.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
