package id.pulih.testkit.contract;

import id.pulih.store.Store;
import org.junit.jupiter.api.Nested;

/**
 * Every contract suite of the {@link Store} port in one class: extend it with a store factory and JUnit 5 runs
 * each suite as a {@link Nested} group, each test against a fresh, empty store.
 *
 * <pre>{@code
 * class InMemoryStoreContractTest extends StoreContract {
 *     @Override
 *     protected Store newStore() {
 *         return new InMemoryStore();          // a fresh, empty store per test
 *     }
 * }
 *
 * class PostgresStoreContractIT extends StoreContract {
 *     @Override
 *     protected Store newStore() {
 *         return JdbcStore.create(freshSchema());
 *     }
 *
 *     @Override
 *     protected void release(Store store) {
 *         dropSchema(store);                    // optional: undo what newStore() set up
 *     }
 * }
 * }</pre>
 *
 * <p>The groups, each also usable alone by extending its class:
 *
 * <ul>
 *   <li>{@link BeneficiariesContract}, {@link PotentialDuplicatesContract}, {@link SheltersContract},
 *       {@link StaysContract}, {@link RepatriationsContract}: optimistic locking ({@code record.stale}), the
 *       uniqueness rules, the queries and their order, and a round trip of every field;
 *   <li>{@link AccessGrantsContract}, {@link AuditTrailContract}, {@link AccessLogContract}: the append-only ports;
 *   <li>{@link TransactionsContract}: all or nothing, across ports;
 *   <li>{@link ConcurrencyContract}: racing saves.
 * </ul>
 *
 * <p>What the suites take as given: "oldest first" means by the record's own time (registration, admission, plan
 * date, grant instant, entry instant) and, for potential duplicates, which have none, the order flagged; instants
 * are kept to the microsecond; text of any script is kept as it was. What the suites grant a store: every record a
 * test saves refers only to records stored before it (a stay to its beneficiary and shelter, a payment to its award
 * and batch, ...), so a store may enforce foreign keys; only access log entries may name a beneficiary never stored.
 */
public abstract class StoreContract {
    /** For subclasses. */
    protected StoreContract() {}

    /**
     * A new, empty store, called before every test and once per generated example in the round-trip tests.
     *
     * @return the store under test, holding no records
     */
    protected abstract Store newStore();

    /**
     * Releases a store made by {@link #newStore()}; does nothing unless overridden.
     *
     * @param store the store to release
     */
    protected void release(Store store) {}

    /** {@link BeneficiariesContract} against this store. */
    @Nested
    public class Beneficiaries extends BeneficiariesContract {
        /** Made by JUnit. */
        public Beneficiaries() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link PotentialDuplicatesContract} against this store. */
    @Nested
    public class PotentialDuplicates extends PotentialDuplicatesContract {
        /** Made by JUnit. */
        public PotentialDuplicates() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link SheltersContract} against this store. */
    @Nested
    public class Shelters extends SheltersContract {
        /** Made by JUnit. */
        public Shelters() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link StaysContract} against this store. */
    @Nested
    public class Stays extends StaysContract {
        /** Made by JUnit. */
        public Stays() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link RepatriationsContract} against this store. */
    @Nested
    public class Repatriations extends RepatriationsContract {
        /** Made by JUnit. */
        public Repatriations() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AccessGrantsContract} against this store. */
    @Nested
    public class AccessGrants extends AccessGrantsContract {
        /** Made by JUnit. */
        public AccessGrants() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AuditTrailContract} against this store. */
    @Nested
    public class AuditTrail extends AuditTrailContract {
        /** Made by JUnit. */
        public AuditTrail() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link AccessLogContract} against this store. */
    @Nested
    public class AccessLog extends AccessLogContract {
        /** Made by JUnit. */
        public AccessLog() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link TransactionsContract} against this store. */
    @Nested
    public class Transactions extends TransactionsContract {
        /** Made by JUnit. */
        public Transactions() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }

    /** {@link ConcurrencyContract} against this store. */
    @Nested
    public class Concurrency extends ConcurrencyContract {
        /** Made by JUnit. */
        public Concurrency() {}

        @Override
        protected Store newStore() {
            return StoreContract.this.newStore();
        }

        @Override
        protected void release(Store store) {
            StoreContract.this.release(store);
        }
    }
}
