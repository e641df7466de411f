/**
 * Values and errors shared by every part of Pulih: the exception root {@link id.pulih.shared.PulihException},
 * identity and money values ({@code Nik}, {@code FamilyCardNumber}, {@code Rupiah}, {@code BankAccount},
 * {@code PhoneNumber}, {@code PersonName}, {@code RegionCode}), and the bridge that lets each value's factory serve
 * as a Jakarta constraint.
 */
package id.pulih.shared;
