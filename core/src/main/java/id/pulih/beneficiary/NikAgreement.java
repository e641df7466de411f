package id.pulih.beneficiary;

import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule that a NIK agrees with the record it belongs to: the sex and the birth date it encodes (a woman's day
 * of birth plus 40) are the record's, and, when a NIK is attached to a case later, its province is the province of
 * the case's origin. Applied at intake ({@link IntakeForm}), on a correction of a case that holds a NIK, and when a
 * NIK is attached ({@code Cases.attachNik}), which may go on despite a disagreement only when it says why.
 *
 * <pre>{@code
 * List<FormViolation> found = NikAgreement.check(nik, Sex.FEMALE, LocalDate.of(1990, 7, 5), null);
 * }</pre>
 */
public final class NikAgreement {
    private NikAgreement() {}

    /**
     * The disagreements between a NIK and a record, every one of them.
     *
     * @param nik the NIK; not null
     * @param sex the record's sex, or null to leave it unchecked
     * @param birthDate the record's exact birth date, or null when unknown (an estimated year is not checked)
     * @param origin the record's origin, or null to leave the province unchecked
     * @return {@code nik.sex-mismatch}, {@code nik.birthdate-mismatch}, {@code nik.province-mismatch}, each under
     *     the field {@code nik}; empty when the NIK agrees
     */
    public static List<FormViolation> check(Nik nik, Sex sex, LocalDate birthDate, RegionCode origin) {
        List<FormViolation> found = new ArrayList<>();
        if (sex != null && nik.sex() != sex) {
            found.add(violation(BeneficiaryError.NIK_SEX_MISMATCH.invalid()));
        }
        if (birthDate != null) {
            LocalDate encoded = nik.birthDate(birthDate);
            if (encoded.getDayOfMonth() != birthDate.getDayOfMonth()
                    || encoded.getMonthValue() != birthDate.getMonthValue()
                    || encoded.getYear() % 100 != birthDate.getYear() % 100) {
                found.add(violation(BeneficiaryError.NIK_BIRTHDATE_MISMATCH.invalid()));
            }
        }
        if (origin != null && !nik.provinceCode().equals(origin.province())) {
            found.add(violation(BeneficiaryError.NIK_PROVINCE_MISMATCH.invalid(nik.provinceCode(), origin.province())));
        }
        return found;
    }

    /**
     * The disagreements between a NIK and a stored case: sex, exact birth date and the province of origin.
     *
     * @param nik the NIK; not null
     * @param b the case; not null
     * @return the violations, empty when the NIK agrees
     */
    public static List<FormViolation> check(Nik nik, Beneficiary b) {
        return check(nik, b.sex(), b.birth().estimated() ? null : b.birth().date(), b.origin());
    }

    static FormViolation violation(InvalidValueException refused) {
        return new FormViolation(refused.field(), refused.code(), refused.detail());
    }
}
