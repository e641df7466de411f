/**
 * Beneficiaries (penerima manfaat): intake, assessments, consents, the case status machine and potential
 * duplicates. One person, one case.
 */
@PulihStyle
package id.pulih.beneficiary;

import id.pulih.internal.util.PulihStyle;
