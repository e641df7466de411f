package id.pulih.jdbc;

import id.pulih.store.Store;
import id.pulih.testkit.contract.StoreContract;

/**
 * The whole Store contract against H2, a fresh in-memory database per test, encrypted at rest (the plain mode is run
 * by {@code PlainStoreIT}): every round trip of the contract goes through sealing and opening.
 */
class H2StoreContractIT extends StoreContract {
    @Override
    protected Store newStore() {
        return TestKeys.encrypted(Databases.h2());
    }
}
