package dev.throughline.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import dev.throughline.core.store.ao.PairingEntity;
import dev.throughline.jira.store.ActiveObjectsAccess;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
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
}
