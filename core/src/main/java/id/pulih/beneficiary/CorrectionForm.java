package id.pulih.beneficiary;

import id.pulih.shared.CrossChecked;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.FormViolation;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import id.pulih.shared.TextLimit;
import id.pulih.shared.ValidBankAccountNumber;
import id.pulih.shared.ValidBankCode;
import id.pulih.shared.ValidFamilyCardNumber;
import id.pulih.shared.ValidPersonName;
import id.pulih.shared.ValidPhoneNumber;
import id.pulih.shared.ValidRegionCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A rectification or completion of a case's record (UU PDP No. 27/2022 art. 6): the fields to set, each left null
 * to keep it as it is, with the reason and the version of the record the officer read. Each field is checked with
 * the constraint and the cross-field rules of the {@link IntakeForm}, every violation reported at once; the corrected
 * record must then still agree with the NIK it holds ({@link NikAgreement}). A NIK is attached with
 * {@code Cases.attachNik}, not corrected here.
 *
 * <pre>{@code
 * CorrectionForm form = new CorrectionFormBuilder()
 *         .birthDate(LocalDate.of(1991, 7, 5))
 *         .phone("0812 3456 7890")
 *         .reason("birth date from the recovered family card; new phone number")
 *         .expectedVersion(b.version())
 *         .build();
 * }</pre>
 *
 * @param name the corrected name, or null
 * @param sex the corrected sex, or null
 * @param birthDate the corrected exact birth date, or null
 * @param estimatedBirthYear the corrected estimated year of birth (when the exact date is still unknown), or null
 * @param originRegion the corrected region of origin, at least the regency, or null
 * @param phone the corrected phone number, or null
 * @param familyCardNumber the corrected No. KK, or null
 * @param documentStatus the corrected document status, or null
 * @param exploitation the exploitation types that replace the recorded ones, or null
 * @param control the means of control that replace the recorded ones, or null
 * @param sector the corrected labour sector, or null
 * @param recruiter the corrected recruiter relation, or null
 * @param bankCode the bank of the person's own account, to put on file, or null; given with the number
 * @param accountNumber the number of that account, or null
 * @param accountHolder the holder's name as the bank knows it, or null for the (corrected) name of the person
 * @param removed the optional fields to remove from the record, because they are wrong or no longer the person's
 *     ({@link CaseField#PHONE}, {@link CaseField#FAMILY_CARD}, {@link CaseField#BANK_ACCOUNT}), or null to remove
 *     none; a field is removed or given a new value, not both
 * @param reason why the record is corrected; required, at most {@link TextLimit#REASON} characters
 * @param expectedVersion the version of the case the officer read: a correction of a record changed since is
 *     refused as {@code record.stale}
 */
@Value.Builder
public record CorrectionForm(
        @Nullable @ValidPersonName String name,
        @Nullable Sex sex,
        @Nullable @PastOrPresent LocalDate birthDate,
        @Nullable @Min(1900) @Max(2100) Integer estimatedBirthYear,
        @Nullable @ValidRegionCode(official = true) String originRegion,
        @Nullable @ValidPhoneNumber String phone,
        @Nullable @ValidFamilyCardNumber String familyCardNumber,
        @Nullable DocumentStatus documentStatus,
        @Nullable Set<ExploitationType> exploitation,
        @Nullable Set<MeansOfControl> control,
        @Nullable LabourSector sector,
        @Nullable RecruiterRelation recruiter,
        @Nullable @ValidBankCode String bankCode,
        @Nullable @ValidBankAccountNumber String accountNumber,
        @Nullable @ValidPersonName String accountHolder,
        @Nullable Set<CaseField> removed,
        @NotBlank @LimitedText(TextLimit.REASON) String reason,
        @PositiveOrZero long expectedVersion)
        implements CrossChecked {

    /**
     * Copies the sets, keeping null (no change).
     *
     * @param name the name
     * @param sex the sex
     * @param birthDate the birth date
     * @param estimatedBirthYear the estimated year
     * @param originRegion the origin
     * @param phone the phone
     * @param familyCardNumber the No. KK
     * @param documentStatus the document status
     * @param exploitation exploitation types
     * @param control means of control
     * @param sector the sector
     * @param recruiter the recruiter relation
     * @param bankCode the bank
     * @param accountNumber the account number
     * @param accountHolder the holder
     * @param removed the fields to remove
     * @param reason why
     * @param expectedVersion the version read
     */
    public CorrectionForm {
        exploitation = exploitation == null ? null : Set.copyOf(exploitation);
        control = control == null ? null : Set.copyOf(control);
        removed = removed == null ? null : Set.copyOf(removed);
    }

    /** The fields a correction may remove: the optional ones a person may lack. */
    public static final Set<CaseField> REMOVABLE =
            Set.of(CaseField.PHONE, CaseField.FAMILY_CARD, CaseField.BANK_ACCOUNT);

    @Override
    public List<FormViolation> crossCheck() {
        List<FormViolation> found = new ArrayList<>(PersonChecks.birth(birthDate, estimatedBirthYear, false));
        PersonChecks.origin(originRegion).ifPresent(found::add);
        PersonChecks.account(bankCode, accountNumber, accountHolder).ifPresent(found::add);
        if (removed != null) {
            for (CaseField field : removed) {
                if (!REMOVABLE.contains(field)) {
                    found.add(NikAgreement.violation(BeneficiaryError.CORRECTION_REMOVE_FIELD.invalid(field.label())));
                } else if (givesValue(field)) {
                    found.add(
                            NikAgreement.violation(BeneficiaryError.CORRECTION_REMOVE_AND_SET.invalid(field.label())));
                }
            }
        }
        return found;
    }

    private boolean givesValue(CaseField field) {
        return switch (field) {
            case PHONE -> phone != null;
            case FAMILY_CARD -> familyCardNumber != null;
            case BANK_ACCOUNT -> bankCode != null || accountNumber != null || accountHolder != null;
            default -> false;
        };
    }

    private boolean removes(CaseField field) {
        return removed != null && removed.contains(field);
    }

    /**
     * The person as this correction leaves it; call after validation.
     *
     * @param current the person as recorded; not null
     * @return the corrected person (the NIK is kept)
     */
    public Person correct(Person current) {
        PersonName newName = name != null ? PersonName.of(name) : current.name();
        BirthDate birth = birthDate != null
                ? BirthDate.exact(birthDate)
                : estimatedBirthYear != null ? BirthDate.estimatedYear(estimatedBirthYear) : current.birth();
        return new Person(
                newName,
                sex != null ? sex : current.sex(),
                birth,
                current.nik(),
                removes(CaseField.FAMILY_CARD)
                        ? Optional.empty()
                        : familyCardNumber != null
                                ? Optional.of(FamilyCardNumber.of(familyCardNumber))
                                : current.familyCard(),
                documentStatus != null ? documentStatus : current.documentStatus(),
                originRegion != null ? RegionCode.of(originRegion) : current.origin(),
                removes(CaseField.PHONE)
                        ? Optional.empty()
                        : phone != null ? Optional.of(PhoneNumber.of(phone)) : current.phone(),
                removes(CaseField.BANK_ACCOUNT)
                        ? Optional.empty()
                        : bankCode != null
                                ? PersonChecks.account(bankCode, accountNumber, accountHolder, newName.value())
                                : current.bankAccount());
    }

    /**
     * The trafficking profile as this correction leaves it.
     *
     * @param current the profile as recorded; not null
     * @return the corrected profile
     */
    public TraffickingProfile correct(TraffickingProfile current) {
        return new TraffickingProfile(
                exploitation != null ? exploitation : current.exploitation(),
                control != null ? control : current.control(),
                sector != null ? sector : current.sector(),
                recruiter != null ? recruiter : current.recruiter());
    }

    /** Masks every identifier and the name: shows only which fields are set. */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        addIf(set, name, "name");
        addIf(set, sex, "sex");
        addIf(set, birthDate, "birthDate");
        addIf(set, estimatedBirthYear, "estimatedBirthYear");
        addIf(set, originRegion, "originRegion");
        addIf(set, phone, "phone");
        addIf(set, familyCardNumber, "familyCardNumber");
        addIf(set, documentStatus, "documentStatus");
        addIf(set, exploitation, "exploitation");
        addIf(set, control, "control");
        addIf(set, sector, "sector");
        addIf(set, recruiter, "recruiter");
        addIf(set, bankCode, "bankAccount");
        if (removed != null && !removed.isEmpty()) {
            set.add("removed " + removed.stream().map(CaseField::label).sorted().toList());
        }
        return "CorrectionForm[" + String.join(", ", set) + ", v" + expectedVersion + "]";
    }

    private static void addIf(List<String> set, Object value, String field) {
        if (value != null) {
            set.add(field);
        }
    }
}
