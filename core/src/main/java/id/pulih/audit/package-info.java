/**
 * Accountability: the append-only {@link id.pulih.audit.AuditTrail} of every change and the
 * {@link id.pulih.audit.AccessLog} of every read and refused attempt.
 */
package id.pulih.audit;
