package dev.throughline.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.throughline.core.store.StoreException;
import dev.throughline.core.store.ao.EntityManagerAccess;
import dev.throughline.core.store.ao.PairingEntity;
import dev.throughline.jira.store.ActiveObjectsAccess;
import net.java.ao.ActiveObjectsException;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The store's calls reach the host's Active Objects service unchanged, inside its transactions. */
class ActiveObjectsAccessTest {

    private final ActiveObjects activeObjects = mock(ActiveObjects.class);
    private final ActiveObjectsAccess access = new ActiveObjectsAccess(activeObjects);

    @Test
    void createsFindsAndDeletesThroughTheHostService() {
        PairingEntity row = mock(PairingEntity.class);
        Map<String, Object> values = Map.of("MANAGER_KEY", "morgan");
        when(activeObjects.create(PairingEntity.class, values)).thenReturn(row);
        Query query = Query.select().where("ID = ?", 1);
        PairingEntity[] rows = {row};
        when(activeObjects.find(PairingEntity.class, query)).thenReturn(rows);
        when(activeObjects.deleteWithSQL(PairingEntity.class, "ID = ?", 1L)).thenReturn(1);

        assertSame(row, access.create(PairingEntity.class, values));
        assertSame(rows, access.find(PairingEntity.class, query));
        assertEquals(1, access.deleteWithSQL(PairingEntity.class, "ID = ?", 1L));
        access.delete(row);
        verify(activeObjects).delete(row);
    }

    @Test
    @SuppressWarnings("unchecked")
    void workRunsInsideTheHostTransaction() {
        when(activeObjects.executeInTransaction(any())).thenAnswer(invocation ->
                ((TransactionCallback<Object>) invocation.getArgument(0)).doInTransaction());
        assertEquals("saved", access.inTransaction(() -> "saved"));
        verify(activeObjects).executeInTransaction(any());
    }
    @Test
    void aDatabaseErrorArrivesAsTheStoresErrorWithItsSqlState() {
        SQLException duplicate = new SQLException("duplicate key", "23505");
        when(activeObjects.create(any(), any())).thenThrow(new ActiveObjectsException(duplicate));

        StoreException e = assertThrows(StoreException.class, () -> access.create(PairingEntity.class, Map.of()));

        assertTrue(EntityManagerAccess.sqlState(e, state -> state.equals("23505")), "the state can still be read");
        IllegalArgumentException notTheDatabase = new IllegalArgumentException("no such column");
        when(activeObjects.find(any(), any(Query.class))).thenThrow(notTheDatabase);
        assertSame(notTheDatabase, assertThrows(IllegalArgumentException.class,
                () -> access.find(PairingEntity.class, Query.select())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorksOwnExceptionsPassAndAnUnserializableCommitIsAStoreError() {
        when(activeObjects.executeInTransaction(any())).thenAnswer(invocation ->
                ((TransactionCallback<Object>) invocation.getArgument(0)).doInTransaction());
        IllegalStateException own = new IllegalStateException("refused by a rule");
        assertSame(own, assertThrows(IllegalStateException.class, () -> access.inTransaction(() -> {
            throw own;
        })));

        doThrow(new ActiveObjectsException(new SQLException("could not serialize access", "40001")))
                .when(activeObjects).executeInTransaction(any());
        assertThrows(StoreException.class, () -> access.inTransaction(() -> "never committed"));
    }
}
