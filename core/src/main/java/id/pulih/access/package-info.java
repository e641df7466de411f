/**
 * Who may do what: the {@link id.pulih.access.Actor} every operation runs as, its
 * {@link id.pulih.access.Jurisdiction}, the scope of a case, and break-the-glass
 * {@link id.pulih.access.AccessGrant grants}.
 */
package id.pulih.access;
