/**
 * The {@link id.pulih.store.Store} port that every storage adapter implements, and the thread-safe
 * {@link id.pulih.store.InMemoryStore}.
 */
package id.pulih.store;
