/**
 * Contract suites for the {@link id.pulih.store.Store} port, written once and run against every store: extend
 * {@link id.pulih.testkit.contract.StoreContract} with a factory for fresh, empty stores, and JUnit 5 runs every
 * suite against it.
 *
 * <pre>{@code
 * class InMemoryStoreContractTest extends StoreContract {
 *     @Override
 *     protected Store newStore() {
 *         return new InMemoryStore();
 *     }
 * }
 * }</pre>
 *
 * <p>Each port's suite is also a class of its own ({@link id.pulih.testkit.contract.StaysContract}, ...) for a
 * store that implements only some ports, or to run one suite while developing.
 */
package id.pulih.testkit.contract;
