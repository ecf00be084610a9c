package dev.throughline.core.store.ao;

import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.core.store.StoreException;
import dev.throughline.core.store.upgrade.Upgrader;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store on a plain JDBC database through net.java.ao, outside any Atlassian host: the sandbox's and the
 * tests' database. Tables and columns are named exactly as Atlassian's Active Objects names them for the
 * Jira plugin ({@code AO_xxxxxx_ONE_ON_ONE}, upper-case columns), so data and SQL read the same in both.
 * Supports HSQLDB (in MVCC mode), H2 and PostgreSQL. An embedded database should stay open between
 * statements ({@code ;DB_CLOSE_DELAY=-1} for H2, or a connection pool): {@link #close()} shuts it down.
 */
public final class AoDatabase implements AutoCloseable {

    /** Table prefix: "AO_" and the last six hex digits of the MD5 of the Jira plugin key. */
    public static final String TABLE_PREFIX = "AO_" + pluginHash("dev.throughline.jira") + "_";

    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final boolean embedded;

    private AoDatabase(DatabaseProvider provider, boolean embedded) {
        this.provider = provider;
        this.embedded = embedded;
        this.entityManager = new EntityManager(provider, new Configuration());
    }

    /**
     * Opens the database behind {@code dataSource} ({@code jdbcUrl} names the engine) and brings its schema and
     * data up to date (missing tables and columns, then pending {@link Upgrader} tasks). Closing the database
     * closes the data source when it is {@link AutoCloseable}.
     */
    public static AoDatabase open(DataSource dataSource, String jdbcUrl) {
        boolean embedded = jdbcUrl.startsWith("jdbc:hsqldb:") || jdbcUrl.startsWith("jdbc:h2:");
        AoDatabase database = new AoDatabase(provider(new ClosingDataSource(dataSource), jdbcUrl), embedded);
        database.migrate();
        Upgrader.current().upgrade(database.access());
        return database;
    }

    public OneOnOneStore store() {
        return new AoStore(access());
    }

    public EntityAccess access() {
        return new EntityManagerAccess(entityManager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Creates missing tables, columns and indexes (never drops data). */
    public void migrate() {
        try {
            entityManager.migrate(AoStore.entityTypes());
        } catch (SQLException e) {
            throw new StoreException("could not bring the database schema up to date", e);
        }
    }

    /** Closes the database; an embedded one is shut down cleanly, so its files are complete on disk. */
    @Override
    public void close() {
        try {
            if (embedded) {
                shutDown();
            }
        } finally {
            provider.dispose();
        }
    }

    private void shutDown() {
        Connection connection;
        try {
            connection = provider.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException("could not shut the embedded database down", e);
        }
        try {
            connection.close();
        } catch (SQLException expected) {
            // The engine closed this connection itself when it shut down; a pool says so as the connection
            // comes back to it. The shutdown above succeeded, which is what counts.
        }
    }

    private static DatabaseProvider provider(DisposableDataSource dataSource, String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:hsqldb:")) {
            // In its default LOCKS mode HSQLDB blocks a writer inside AO's synchronized insert while holding
            // locks another writer needs: concurrent saves deadlock. MVCC does not.
            if (!jdbcUrl.contains("hsqldb.tx=mvcc")) {
                throw new IllegalArgumentException("Run HSQLDB in MVCC mode: add ;hsqldb.tx=mvcc to " + jdbcUrl);
            }
            return new HSQLDatabaseProvider(dataSource);
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(dataSource, "PUBLIC");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(dataSource);
        }
        throw new IllegalArgumentException("Unsupported database " + jdbcUrl
                + ": use HSQLDB (jdbc:hsqldb:), H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:)");
    }

    static String pluginHash(String pluginKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(pluginKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().withUpperCase().formatHex(digest);
            return hex.substring(hex.length() - 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    private static final class Configuration implements EntityManagerConfiguration {

        private final NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(TABLE_PREFIX::concat),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());

        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        @Override
        @SuppressWarnings("deprecation") // still part of the interface AO reads
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
