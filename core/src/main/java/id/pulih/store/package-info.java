/**
 * The service provider interface (SPI) for store implementers: {@link id.pulih.store.Store}, which every storage
 * adapter implements, together with the repository ports it hands out. Each port lives beside its aggregate
 * ({@link id.pulih.beneficiary.Beneficiaries}, {@link id.pulih.shelter.Stays}, ...), so the SPI is {@code Store}
 * plus those ports, {@link id.pulih.audit.AuditTrail}, {@link id.pulih.audit.AccessLog},
 * {@link id.pulih.access.AccessGrants} and {@link id.pulih.report.ReportQueries}.
 *
 * <p>Users of the library do not call the store: every read and change goes through the services of
 * {@link id.pulih.Desk}, which give it its transaction, access rules, audit entry and events. A store
 * implementation proves itself with the contract suite {@code id.pulih.testkit.contract.StoreContract}.
 *
 * <p>The reference implementation is the thread-safe {@link id.pulih.store.memory.InMemoryStore}; the JDBC adapter
 * ({@code pulih-adapters-jdbc}) is the other.
 */
package id.pulih.store;
