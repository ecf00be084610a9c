package dev.throughline.core.store;

class HsqldbStoreTest extends UserDataContract {

    @Override
    TestDatabase engine() {
        return TestDatabase.HSQLDB_MEMORY;
    }
}
