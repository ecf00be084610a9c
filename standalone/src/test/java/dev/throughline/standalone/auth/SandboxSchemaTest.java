package dev.throughline.standalone.auth;

import dev.throughline.core.store.ao.AoDatabase;
import dev.throughline.standalone.demo.DemoData;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's user table shares the database (and the table prefix) with the core's tables, and each side
 * migrates only its own entities: Active Objects' {@code migrate} must leave the other side's tables, columns,
 * indexes, keys and rows alone. (Only {@code migrateDestructively} drops what its entity list does not name.)
 */
class SandboxSchemaTest {

    private static final String USER_TABLE = AoDatabase.TABLE_PREFIX + "SANDBOX_USER";

    @TempDir
    Path directory;

    @Test
    void migratingTheUserTableLeavesTheCoreTablesAndTheirRowsAlone() throws Exception {
        Schemas core = coreTablesAround(database ->
                new SandboxUsers(database.entityManager()).add("morgan", "Morgan Lee", "secret"));
        assertFalse(core.before().isEmpty());
        assertEquals(core.before(), core.after());
    }

    /** The comparison above is sharp enough: the destructive variant, which the sandbox never calls, fails it. */
    @Test
    void aDestructiveMigrateOfTheUserTableAloneWouldDropTheCoreTables() throws Exception {
        Schemas core = coreTablesAround(database ->
                database.entityManager().migrateDestructively(SandboxUserEntity.class));
        assertTrue(core.after().size() < core.before().size(), core.before().keySet() + " -> "
                + core.after().keySet());
    }

    @Test
    void reopeningTheCoreDatabaseKeepsTheSandboxUsers() throws Exception {
        String url = url();
        try (AoDatabase database = AoDatabase.open(dataSource(url), url)) {
            new SandboxUsers(database.entityManager()).add("alex", "Alex Kim", "secret");
        }
        try (AoDatabase reopened = AoDatabase.open(dataSource(url), url)) {
            assertEquals(1, rows(reopened, USER_TABLE), "the core's migrate did not drop the user table");
            SandboxUsers users = new SandboxUsers(reopened.entityManager());
            assertTrue(users.verify("alex", "secret").isPresent());
        }
    }

    /** The core's tables (with the demo team in them) before and after {@code migration}. */
    private Schemas coreTablesAround(Migration migration) throws Exception {
        String url = url();
        try (AoDatabase database = AoDatabase.open(dataSource(url), url)) {
            new DemoData(database.store(), Clock.systemDefaultZone()).load();
            Map<String, String> before = schemaAndRows(database);
            migration.run(database);
            Map<String, String> after = schemaAndRows(database);
            assertTrue(after.containsKey(USER_TABLE), "the user table was created");
            after.remove(USER_TABLE);
            return new Schemas(before, after);
        }
    }

    private interface Migration {
        void run(AoDatabase database) throws SQLException;
    }

    private record Schemas(Map<String, String> before, Map<String, String> after) {
    }

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("throughline").toAbsolutePath();
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    /** Per table of ours: its columns with their types, its indexes, its foreign keys, and its row count. */
    private static Map<String, String> schemaAndRows(AoDatabase database) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = database.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(meta)) {
                tables.put(table, describe(meta, table) + " rows=" + rows(database, table));
            }
        }
        return tables;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, "PUBLIC", AoDatabase.TABLE_PREFIX + "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String describe(DatabaseMetaData meta, String table) throws SQLException {
        StringBuilder description = new StringBuilder();
        try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, null)) {
            while (rs.next()) {
                description.append(rs.getString("COLUMN_NAME")).append(':').append(rs.getString("TYPE_NAME"))
                        .append(' ');
            }
        }
        try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
            while (rs.next()) {
                description.append("index ").append(rs.getString("INDEX_NAME")).append(' ');
            }
        }
        try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                description.append("fk ").append(rs.getString("FK_NAME")).append(' ');
            }
        }
        return description.toString();
    }

    private static long rows(AoDatabase database, String table) throws SQLException {
        try (Connection connection = database.entityManager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
