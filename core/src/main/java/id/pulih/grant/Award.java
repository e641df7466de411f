package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A grant awarded to one participant of a scheme: at most one per person and scheme, paid to the participant's own
 * account (the account may be corrected after a rejected transfer).
 *
 * <p>Instances are immutable: correcting the account returns the changed award, which a service saves.
 */
public final class Award implements Versioned<Award> {
    private final AwardId id;
    private final SchemeId scheme;
    private final BeneficiaryId beneficiary;
    private final Rupiah amount;
    private final BankAccount account;
    private final LocalDate awardedOn;
    private final long version;

    /**
     * Rebuilds an award, checking every part.
     *
     * @param id the identifier
     * @param scheme the scheme
     * @param beneficiary the participant
     * @param amount the amount, the scheme's amount per person
     * @param account the participant's own account
     * @param awardedOn when
     * @param version the stored version
     */
    public Award(
            AwardId id,
            SchemeId scheme,
            BeneficiaryId beneficiary,
            Rupiah amount,
            BankAccount account,
            LocalDate awardedOn,
            long version) {
        this.id = Checks.required(id, "awardId");
        this.scheme = Checks.required(scheme, "scheme");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.amount = Checks.required(amount, "amount");
        this.account = Checks.required(account, "account");
        this.awardedOn = Checks.required(awardedOn, "awardedOn");
        this.version = version;
    }

    /**
     * The same award with a corrected account.
     *
     * @param corrected the new account
     * @return the changed award
     */
    public Award withAccount(BankAccount corrected) {
        return with(Checks.required(corrected, "account"), version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public AwardId id() {
        return id;
    }

    /**
     * The scheme.
     *
     * @return the scheme
     */
    public SchemeId scheme() {
        return scheme;
    }

    /**
     * The participant.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The amount, the scheme's amount per person.
     *
     * @return the amount
     */
    public Rupiah amount() {
        return amount;
    }

    /**
     * The participant's own account.
     *
     * @return the account
     */
    public BankAccount account() {
        return account;
    }

    /**
     * When it was awarded.
     *
     * @return the date
     */
    public LocalDate awardedOn() {
        return awardedOn;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Award withVersion(long newVersion) {
        return with(account, newVersion);
    }

    /** The one copy-on-change: only the account and the version change. */
    private Award with(BankAccount newAccount, long newVersion) {
        return new Award(id, scheme, beneficiary, amount, newAccount, awardedOn, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Award other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && scheme.equals(other.scheme)
                && beneficiary.equals(other.beneficiary)
                && amount.equals(other.amount)
                && account.equals(other.account)
                && awardedOn.equals(other.awardedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the scheme, the participant and the amount; never the account. */
    @Override
    public String toString() {
        return "Award[" + id + ", " + scheme + ", " + beneficiary + ", " + amount + ", v" + version + "]";
    }
}
