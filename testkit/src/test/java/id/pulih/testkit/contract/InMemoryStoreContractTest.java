package id.pulih.testkit.contract;

import id.pulih.store.InMemoryStore;
import id.pulih.store.Store;

/** The store contract against the in-memory store. */
class InMemoryStoreContractTest extends StoreContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
