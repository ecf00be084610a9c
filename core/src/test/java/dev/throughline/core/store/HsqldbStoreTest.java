package dev.throughline.core.store;

class HsqldbStoreTest extends UpgradeContract {

    @Override
    TestDatabase engine() {
        return TestDatabase.HSQLDB_MEMORY;
    }
}
