package dev.throughline.standalone;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettledIsolationTest {

    private final List<Integer> set = new ArrayList<>();

    @Test
    void theLevelAConnectionIsAtIsNotSetAgain() throws Exception {
        try (Connection connection = settled().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
        }
        assertEquals(List.of(), set);
    }

    @Test
    void anotherLevelIsSetAndThenKnown() throws Exception {
        try (Connection connection = settled().getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        assertEquals(List.of(Connection.TRANSACTION_SERIALIZABLE, Connection.TRANSACTION_READ_COMMITTED), set);
    }

    @Test
    void everythingElseReachesTheConnection() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:settled;DB_CLOSE_DELAY=-1");
        try (Connection connection = SettledIsolation.of(h2, Connection.TRANSACTION_READ_COMMITTED).getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("CREATE TABLE T (X INT)");
            connection.createStatement().execute("INSERT INTO T VALUES (7)");
            connection.commit();
            var rows = connection.createStatement().executeQuery("SELECT X FROM T");
            assertTrue(rows.next());
            assertEquals(7, rows.getInt(1));
        }
    }

    /** A pool whose connections record the levels set on them. */
    private DataSource settled() {
        Connection recording = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setTransactionIsolation")) {
                        set.add((Integer) args[0]);
                    }
                    return null;
                });
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> recording);
        return SettledIsolation.of(pool, Connection.TRANSACTION_READ_COMMITTED);
    }
}
