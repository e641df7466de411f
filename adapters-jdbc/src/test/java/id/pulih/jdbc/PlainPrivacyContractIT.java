package id.pulih.jdbc;

import id.pulih.store.Store;
import id.pulih.testkit.contract.PrivacyContract;

/**
 * The privacy contract against H2 without keys: erasure on a store that seals nothing overwrites every text of
 * {@link id.pulih.privacy.ErasedText} through SQL (the encrypted store runs the same contract in {@link
 * H2StoreContractIT}, where shredding covers the sealed columns).
 */
class PlainPrivacyContractIT extends PrivacyContract {
    @Override
    protected Store newStore() {
        return JdbcStore.open(Databases.h2());
    }
}
