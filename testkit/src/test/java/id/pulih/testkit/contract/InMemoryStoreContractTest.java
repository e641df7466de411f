package id.pulih.testkit.contract;

import id.pulih.store.Store;
import id.pulih.store.memory.InMemoryStore;

/** The store contract against the in-memory store. */
class InMemoryStoreContractTest extends StoreContract {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
