package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;

/**
 * A grant awarded to one participant of a scheme: at most one per person and scheme, paid to the participant's own
 * account (the account may be corrected after a rejected transfer).
 *
 * @param id the identifier
 * @param scheme the scheme
 * @param beneficiary the participant
 * @param amount the amount, the scheme's amount per person
 * @param account the participant's own account
 * @param awardedOn when
 * @param version the stored version
 */
public record Award(
        AwardId id,
        SchemeId scheme,
        BeneficiaryId beneficiary,
        Rupiah amount,
        BankAccount account,
        LocalDate awardedOn,
        long version)
        implements Versioned<Award> {

    /**
     * Checks every part.
     *
     * @param id the id
     * @param scheme the scheme
     * @param beneficiary the participant
     * @param amount the amount
     * @param account the account
     * @param awardedOn when
     * @param version the version
     */
    public Award {
        Checks.required(id, "awardId");
        Checks.required(scheme, "scheme");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(amount, "amount");
        Checks.required(account, "account");
        Checks.required(awardedOn, "awardedOn");
    }

    /**
     * The same award with a corrected account.
     *
     * @param corrected the new account
     * @return the changed award
     */
    public Award withAccount(BankAccount corrected) {
        return new Award(id, scheme, beneficiary, amount, Checks.required(corrected, "account"), awardedOn, version);
    }

    @Override
    public Award withVersion(long newVersion) {
        return new Award(id, scheme, beneficiary, amount, account, awardedOn, newVersion);
    }
}
