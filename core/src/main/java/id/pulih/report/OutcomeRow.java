package id.pulih.report;

import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.shared.Nullable;

/**
 * Cases by status and, for closed cases, outcome.
 *
 * @param status the status
 * @param outcome the outcome of a closed case, or null for open statuses
 * @param count how many cases
 */
public record OutcomeRow(CaseStatus status, @Nullable CaseOutcome outcome, long count) {}
