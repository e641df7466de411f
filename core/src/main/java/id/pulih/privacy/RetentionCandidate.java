package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import java.time.LocalDate;

/**
 * A closed case kept past its retention period: closed on {@code closedOn}, to be anonymised from {@code dueOn}.
 *
 * @param beneficiary the case
 * @param closedOn the date it was closed (Asia/Jakarta)
 * @param dueOn the closing date plus the retention period
 */
public record RetentionCandidate(BeneficiaryId beneficiary, LocalDate closedOn, LocalDate dueOn) {
    /**
     * Checks every part.
     *
     * @param beneficiary the case
     * @param closedOn closed on
     * @param dueOn due on
     */
    public RetentionCandidate {
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(closedOn, "closedOn");
        Checks.required(dueOn, "dueOn");
    }
}
