/**
 * Internal: the {@link id.pulih.internal.Engine} that runs every service call (transaction, access rules, audit,
 * events) and the implementations of the service interfaces of {@code id.pulih}.
 *
 * <p>Not part of Pulih's API: it may change in any release. Nothing outside {@code pulih-core} may use it, which an
 * architecture test enforces.
 */
package id.pulih.internal;
