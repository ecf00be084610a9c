package dev.throughline.core.store;

import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store suite on PostgreSQL, at {@code THROUGHLINE_PG_URL}. Skipped on a developer machine without one;
 * required in CI, whose {@code .ci/run} starts a local server.
 */
class PostgresStoreTest extends UpgradeContract {

    @BeforeAll
    static void requirePostgres() {
        if (TestDatabase.postgresUrl().isEmpty() && System.getenv("CI") != null) {
            fail("CI must run the store tests on PostgreSQL: set " + TestDatabase.POSTGRES_URL_VARIABLE);
        }
        assumeTrue(TestDatabase.postgresUrl().isPresent(), "no PostgreSQL configured");
    }

    @Override
    TestDatabase engine() {
        return TestDatabase.POSTGRESQL;
    }
}
