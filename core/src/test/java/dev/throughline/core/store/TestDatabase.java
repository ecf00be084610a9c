package dev.throughline.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.throughline.core.store.ao.AoDatabase;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engines the store is tested on. Every database handed out counts the statements it executes (and each
 * request for a statement's parameter types, a round trip of its own on PostgreSQL), so tests can assert that a
 * read does not grow with history.
 */
public enum TestDatabase {
    HSQLDB_MEMORY,
    H2_FILE,
    POSTGRESQL;

    /** JDBC URL of the PostgreSQL test server, e.g. {@code jdbc:postgresql://127.0.0.1:5433/postgres?user=postgres}. */
    public static final String POSTGRES_URL_VARIABLE = "THROUGHLINE_PG_URL";

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv(POSTGRES_URL_VARIABLE)).filter(url -> !url.isBlank());
    }

    /** An empty database of this engine. {@code directory} holds file databases. */
    public Opened open(Path directory) {
        String url = url(directory);
        wipe(dataSource(url));
        return counted(url, dataSource(url));
    }

    /**
     * An empty database of this engine behind a connection pool, as a host or the sandbox runs it: a statement
     * borrows an open connection instead of opening one. Closing the database closes the pool.
     */
    public Opened openPooled(Path directory, int connections) {
        String url = url(directory);
        wipe(dataSource(url));
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(dataSource(url));
        pool.setMaximumPoolSize(connections);
        pool.setMinimumIdle(connections);
        pool.setPoolName("throughline-" + name().toLowerCase(java.util.Locale.ROOT));
        return counted(url, new HikariDataSource(pool));
    }

    private static Opened counted(String url, DataSource dataSource) {
        AtomicLong statements = new AtomicLong();
        DataSource counting = ProxyDataSourceBuilder.create(dataSource)
                .listener(counter(statements))
                .methodListener(describeCounter(statements))
                .build();
        return new Opened(url, counting, statements);
    }

    String url(Path directory) {
        return switch (this) {
            case HSQLDB_MEMORY -> "jdbc:hsqldb:mem:tl" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc";
            case H2_FILE -> "jdbc:h2:file:" + directory.resolve("throughline").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> postgresUrl().orElseThrow(() -> new IllegalStateException(
                    "set " + POSTGRES_URL_VARIABLE + " to run the store tests on PostgreSQL"));
        };
    }

    DataSource dataSource(String url) {
        return switch (this) {
            case HSQLDB_MEMORY -> {
                JDBCDataSource ds = new JDBCDataSource();
                ds.setUrl(url);
                ds.setUser("SA");
                ds.setPassword("");
                yield ds;
            }
            case H2_FILE -> {
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL(url);
                ds.setUser("sa");
                yield ds;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(url);
                yield ds;
            }
        };
    }

    /** Removes every table the previous test left (PostgreSQL is shared across tests). */
    void wipe(DataSource dataSource) {
        if (this != POSTGRESQL) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset the PostgreSQL test schema", e);
        }
    }

    private static QueryExecutionListener counter(AtomicLong statements) {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo info, java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
            }

            @Override
            public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo info, java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
                statements.addAndGet(Math.max(1, queries.size()));
            }
        };
    }

    /**
     * Counts a statement's request for its parameters' types as a statement: on PostgreSQL it is a round trip to
     * the server (Active Objects asks before it writes a null).
     */
    static MethodExecutionListener describeCounter(AtomicLong statements) {
        return new MethodExecutionListener() {
            @Override
            public void beforeMethod(MethodExecutionContext context) {
            }

            @Override
            public void afterMethod(MethodExecutionContext context) {
                if (context.getMethod().getName().equals("getParameterMetaData")) {
                    statements.incrementAndGet();
                }
            }
        };
    }

    /** A database opened for one test, with its statement counter. */
    public record Opened(String url, DataSource dataSource, AtomicLong statements) {

        public AoDatabase connect() {
            return AoDatabase.open(dataSource, url);
        }

        /** Statements executed while {@code work} ran. */
        public long count(Runnable work) {
            long before = statements.get();
            work.run();
            return statements.get() - before;
        }
    }
}
