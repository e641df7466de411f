package id.pulih.jdbc;

import id.pulih.store.Store;
import id.pulih.testkit.contract.StoreContract;

/** The whole Store contract against H2, a fresh in-memory database per test. */
class H2StoreContractIT extends StoreContract {
    @Override
    protected Store newStore() {
        return JdbcStore.open(Databases.h2());
    }
}
