package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import id.pulih.store.Store;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quicktheories.core.Gen;

/**
 * What every contract suite shares: a fresh, empty {@link Store} for each test, made by {@link #newStore()} and
 * handed back to {@link #release(Store)} afterwards.
 *
 * <p>Extend {@link StoreContract} to run every suite at once; extend one of the port suites (for example
 * {@link BeneficiariesContract}) to run only that one.
 */
public abstract class PortContract {
    /**
     * How many generated aggregates a round-trip test saves. Each one gets a store of its own (shrinking replays
     * values, which a shared store would refuse as stale), and a database store may take milliseconds to create,
     * so these tests use a fixed sample rather than the thousand examples of a pure property; the value
     * generators themselves are checked with the full count in the testkit's own properties.
     */
    static final int GENERATED_SAMPLE = 50;

    private Store store;

    /** For subclasses. */
    protected PortContract() {}

    /**
     * A new, empty store: called before every test, and once per generated example in the round-trip tests.
     *
     * @return the store under test, holding no records
     */
    protected abstract Store newStore();

    /**
     * Releases a store made by {@link #newStore()} (close a connection pool, drop a schema); does nothing unless
     * overridden.
     *
     * @param store the store to release
     */
    protected void release(Store store) {}

    /**
     * The store of the running test.
     *
     * @return the store made for this test
     */
    protected final Store store() {
        return store;
    }

    @BeforeEach
    final void openStore() {
        store = newStore();
        assertThat(store).as("newStore()").isNotNull();
    }

    @AfterEach
    final void releaseStore() {
        if (store != null) {
            release(store);
        }
    }

    /** Checks a generated sample, each value against a store of its own. */
    final <T> void forEachGenerated(Gen<T> values, BiConsumer<Store, T> check) {
        qt().withExamples(GENERATED_SAMPLE).forAll(values).checkAssert(value -> {
            Store own = newStore();
            try {
                check.accept(own, value);
            } finally {
                release(own);
            }
        });
    }
}
