package dev.throughline.standalone;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The pool's connections as Active Objects sees them, knowing the isolation level each is at. The pool hands every
 * connection out at one level (it resets a borrower's change on return), and Active Objects sets that same level
 * before each of its transactions: on PostgreSQL a round trip to the server every time. Setting the level a
 * connection is already at is skipped, and so is asking for it; any other level is set as asked.
 */
final class SettledIsolation implements DataSource, AutoCloseable {

    private final DataSource pool;
    private final int level;

    /** {@code pool} hands out its connections at {@code level}, one of {@link Connection}'s levels. */
    SettledIsolation(DataSource pool, int level) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.level = level;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return settled(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return settled(pool.getConnection(username, password));
    }

    private Connection settled(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(connection, level));
    }

    /** One borrowed connection and the level it is at. */
    private static final class Handler implements InvocationHandler {

        private final Connection connection;
        private int level;

        Handler(Connection connection, int level) {
            this.connection = connection;
            this.level = level;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setTransactionIsolation" -> {
                    int asked = (Integer) args[0];
                    if (asked != level) {
                        connection.setTransactionIsolation(asked);
                        level = asked;
                    }
                    return null;
                }
                case "getTransactionIsolation" -> {
                    return level;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }

    /** Closes the pool when it can be closed. */
    @Override
    public void close() throws Exception {
        if (pool instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
