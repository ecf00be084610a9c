package dev.throughline.core.store;

class HsqldbStoreTest extends StoreContract {

    @Override
    TestDatabase engine() {
        return TestDatabase.HSQLDB_MEMORY;
    }
}
