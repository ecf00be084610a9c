package dev.throughline.standalone;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * The pool's connections as Active Objects sees them, knowing the isolation level each is at. The pool hands every
 * connection out at one level (it resets a borrower's change on return), and Active Objects sets that same level
 * before each of its transactions: on PostgreSQL a round trip to the server every time. Setting the level a
 * connection is already at is skipped, and so is asking for it; any other level is set as asked.
 */
final class SettledIsolation {

    private SettledIsolation() {
    }

    /**
     * {@code pool}, which hands out its connections at {@code level} (one of {@link Connection}'s levels), seen so;
     * closing it closes the pool when the pool can be closed, and everything else is the pool's.
     */
    static DataSource of(DataSource pool, int level) {
        Class<?>[] seen = {DataSource.class, AutoCloseable.class};
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), seen,
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> settled((Connection) forward(pool, method, args), level);
                    case "close" -> {
                        if (pool instanceof AutoCloseable closeable) {
                            closeable.close();
                        }
                        yield null;
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> forward(pool, method, args);
                });
    }

    private static Connection settled(Connection connection, int level) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Settled(connection, level));
    }

    /** One borrowed connection and the level it is at. */
    private static final class Settled implements InvocationHandler {

        private final Connection connection;
        private int level;

        Settled(Connection connection, int level) {
            this.connection = connection;
            this.level = level;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "setTransactionIsolation" -> {
                    int asked = (Integer) args[0];
                    if (asked != level) {
                        connection.setTransactionIsolation(asked);
                        level = asked;
                    }
                    yield null;
                }
                case "getTransactionIsolation" -> level;
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> forward(connection, method, args);
            };
        }
    }

    /** Calls {@code method} on {@code target}, throwing what it throws. */
    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
