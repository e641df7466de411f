/**
 * Internal: helpers of the value types (argument checks, masking, UUID version 7, form validation, the sixteen-digit
 * identifier rules).
 *
 * <p>Not part of Pulih's API: it may change in any release. Nothing outside {@code pulih-core} may use it, which an
 * architecture test enforces.
 */
package id.pulih.internal.util;
