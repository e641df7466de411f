/**
 * The person's rights under UU PDP No. 27/2022 and the controller's duties: data-subject requests with their legal
 * deadlines and decisions ({@link id.pulih.privacy.SubjectRequest}), restriction of processing
 * ({@link id.pulih.privacy.Restriction}), objections to the re-trafficking risk score
 * ({@link id.pulih.privacy.RiskReview}), erasure ({@link id.pulih.privacy.Erasure}) and the breach register
 * ({@link id.pulih.privacy.Breach}). The service is {@link id.pulih.Privacy}; the ports are grouped by
 * {@link id.pulih.privacy.PrivacyRecords}.
 * One person's whole record for access and portability is {@link id.pulih.privacy.SubjectRecord}, and
 * {@link id.pulih.privacy.Identifiers} the one rule of whether it shows identifiers whole or masked.
 */
@PulihStyle
package id.pulih.privacy;

import id.pulih.internal.util.PulihStyle;
