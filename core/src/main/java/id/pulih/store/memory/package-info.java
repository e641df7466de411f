/**
 * The thread-safe in-memory {@link id.pulih.store.memory.InMemoryStore}: for tests, demos and small embedded use.
 * It holds the same rules as every other store and passes the same contract suite.
 */
package id.pulih.store.memory;
