package id.pulih.beneficiary;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cross-field checks of who a person is, written once for the forms that record it: the intake form and the
 * correction form. Each value's own format is its Jakarta constraint's; these are the rules between fields.
 */
final class PersonChecks {
    private PersonChecks() {}

    /**
     * The birth date and the estimated year: one of them when {@code required}, and never two that disagree.
     *
     * @param birthDate the birth date, or null
     * @param estimatedBirthYear the estimated year, or null
     * @param required whether one of them must be given
     */
    static List<FormViolation> birth(LocalDate birthDate, Integer estimatedBirthYear, boolean required) {
        List<FormViolation> found = new ArrayList<>();
        if (required && birthDate == null && estimatedBirthYear == null) {
            found.add(new FormViolation(
                    "birthDate", "birth.required", "give the birth date, or at least an estimated year of birth"));
        }
        if (birthDate != null && estimatedBirthYear != null && birthDate.getYear() != estimatedBirthYear) {
            found.add(new FormViolation(
                    "estimatedBirthYear", "birth.conflict", "the estimated year differs from the birth date's year"));
        }
        return found;
    }

    /** The origin is at least a regency, when it is a region code at all (its constraint reports the rest). */
    static Optional<FormViolation> origin(String originRegion) {
        return parse(() -> originRegion == null ? null : RegionCode.of(originRegion))
                .filter(origin -> origin.level() == RegionLevel.PROVINCE)
                .map(origin -> NikAgreement.violation(BeneficiaryError.ORIGIN_LEVEL.invalid()));
    }

    /** A bank account is given with both its bank and its number, or not at all (a holder alone is no account). */
    static Optional<FormViolation> account(String bankCode, String accountNumber, String accountHolder) {
        if ((bankCode == null) == (accountNumber == null) && (bankCode != null || accountHolder == null)) {
            return Optional.empty();
        }
        InvalidValueException refused = bankCode == null
                ? BeneficiaryError.ACCOUNT_INCOMPLETE.invalid()
                : BeneficiaryError.ACCOUNT_INCOMPLETE.invalidAt("accountNumber");
        return Optional.of(NikAgreement.violation(refused));
    }

    /**
     * The account the fields give, once validated: held by {@code holder}, or by the person named {@code name} when
     * no holder is given.
     */
    static Optional<BankAccount> account(String bankCode, String accountNumber, String holder, String name) {
        if (bankCode == null || accountNumber == null) {
            return Optional.empty();
        }
        return Optional.of(
                BankAccount.of(BankCode.parse(bankCode), accountNumber, PersonName.of(holder != null ? holder : name)));
    }

    /** A value parsed, or empty when it does not parse: its own constraint reports that. */
    static <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.ofNullable(parser.get());
        } catch (InvalidValueException reportedByItsConstraint) {
            return Optional.empty();
        }
    }
}
