package id.pulih.beneficiary;

import id.pulih.shared.CrossChecked;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.FormViolation;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Nik;
import id.pulih.shared.Nullable;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import id.pulih.shared.TextLimit;
import id.pulih.shared.UpToToday;
import id.pulih.shared.ValidBankAccountNumber;
import id.pulih.shared.ValidBankCode;
import id.pulih.shared.ValidFamilyCardNumber;
import id.pulih.shared.ValidNik;
import id.pulih.shared.ValidPersonName;
import id.pulih.shared.ValidPhoneNumber;
import id.pulih.shared.ValidRegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The intake form: what is recorded when a person arrives, as raw text where people type it. Validated at the service
 * boundary with every violation reported at once, with the codes the value factories use.
 *
 * <pre>{@code
 * IntakeForm form = new IntakeFormBuilder()
 *         .name("Siti Aminah")
 *         .sex(Sex.FEMALE)
 *         .birthDate(LocalDate.of(1990, 7, 5))
 *         .nik("5202014507900001")
 *         .documentStatus(DocumentStatus.LOST)
 *         .originRegion("52.02.01")
 *         .returnCountry("MY")
 *         .returnDate(LocalDate.of(2019, 9, 2))
 *         .entryPoint("Tanjung Pinang")
 *         .returnMode(ReturnMode.DEPORTED)
 *         .build();
 * }</pre>
 *
 * @param name the name; a single name is fine
 * @param sex the sex
 * @param birthDate the birth date, or null when only the year is estimated
 * @param estimatedBirthYear the estimated year of birth, when the date is unknown
 * @param nik the NIK, or null when not known
 * @param familyCardNumber the No. KK, or null
 * @param documentStatus whether identity documents are held
 * @param originRegion the region of origin: a village, district or regency code (at least the regency)
 * @param phone a phone number, or null
 * @param returnCountry the country returned from, ISO 3166-1 alpha-2
 * @param returnDate the date of return
 * @param entryPoint where the person entered Indonesia, or null
 * @param returnMode deported, rescued or self-returned
 * @param exploitation exploitation types (CTDC)
 * @param control means of control (CTDC)
 * @param sector the labour sector, or null when not known
 * @param recruiter how the person knew the recruiter, or null when not known
 * @param consents consents given at intake
 * @param bankCode the bank of the person's own account ({@code 002} or {@code BRI}), or null when none is known
 * @param accountNumber the number of that account, or null; given with the bank or not at all
 * @param accountHolder the holder's name as the bank knows it, or null for the person's name
 */
@Value.Builder
public record IntakeForm(
        @NotNull @ValidPersonName String name,
        @NotNull Sex sex,
        @Nullable @UpToToday LocalDate birthDate,
        @Nullable @Min(1900) @Max(2100) Integer estimatedBirthYear,
        @Nullable @ValidNik String nik,
        @Nullable @ValidFamilyCardNumber String familyCardNumber,
        @NotNull DocumentStatus documentStatus,
        @NotNull @ValidRegionCode(official = true) String originRegion,
        @Nullable @ValidPhoneNumber String phone,
        @NotNull String returnCountry,
        @NotNull @UpToToday LocalDate returnDate,
        @Nullable @LimitedText(TextLimit.NAME) String entryPoint,
        @NotNull ReturnMode returnMode,
        Set<ExploitationType> exploitation,
        Set<MeansOfControl> control,
        @Nullable LabourSector sector,
        @Nullable RecruiterRelation recruiter,
        List<@Valid ConsentForm> consents,
        @Nullable @ValidBankCode String bankCode,
        @Nullable @ValidBankAccountNumber String accountNumber,
        @Nullable @ValidPersonName String accountHolder)
        implements CrossChecked {

    /**
     * Copies the collections, treating null as empty.
     *
     * @param name the name
     * @param sex the sex
     * @param birthDate the birth date
     * @param estimatedBirthYear the estimated year
     * @param nik the NIK
     * @param familyCardNumber the No. KK
     * @param documentStatus the document status
     * @param originRegion the origin
     * @param phone the phone
     * @param returnCountry the country
     * @param returnDate the return date
     * @param entryPoint the entry point
     * @param returnMode the return mode
     * @param exploitation exploitation types
     * @param control means of control
     * @param sector the sector
     * @param recruiter the recruiter relation
     * @param consents consents
     * @param bankCode the bank of the account on file
     * @param accountNumber the account number
     * @param accountHolder the holder
     */
    public IntakeForm {
        exploitation = exploitation == null ? Set.of() : Set.copyOf(exploitation);
        control = control == null ? Set.of() : Set.copyOf(control);
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    /**
     * An intake form without a bank account on file.
     *
     * @param name the name
     * @param sex the sex
     * @param birthDate the birth date
     * @param estimatedBirthYear the estimated year
     * @param nik the NIK
     * @param familyCardNumber the No. KK
     * @param documentStatus the document status
     * @param originRegion the origin
     * @param phone the phone
     * @param returnCountry the country
     * @param returnDate the return date
     * @param entryPoint the entry point
     * @param returnMode the return mode
     * @param exploitation exploitation types
     * @param control means of control
     * @param sector the sector
     * @param recruiter the recruiter relation
     * @param consents consents
     */
    public IntakeForm(
            String name,
            Sex sex,
            LocalDate birthDate,
            Integer estimatedBirthYear,
            String nik,
            String familyCardNumber,
            DocumentStatus documentStatus,
            String originRegion,
            String phone,
            String returnCountry,
            LocalDate returnDate,
            String entryPoint,
            ReturnMode returnMode,
            Set<ExploitationType> exploitation,
            Set<MeansOfControl> control,
            LabourSector sector,
            RecruiterRelation recruiter,
            List<ConsentForm> consents) {
        this(
                name,
                sex,
                birthDate,
                estimatedBirthYear,
                nik,
                familyCardNumber,
                documentStatus,
                originRegion,
                phone,
                returnCountry,
                returnDate,
                entryPoint,
                returnMode,
                exploitation,
                control,
                sector,
                recruiter,
                consents,
                null,
                null,
                null);
    }

    @Override
    public List<FormViolation> crossCheck() {
        List<FormViolation> found = new ArrayList<>(PersonChecks.birth(birthDate, estimatedBirthYear, true));
        if (returnCountry != null && !ReturnInfo.isCountry(returnCountry)) {
            found.add(new FormViolation(
                    "returnCountry", "country.iso", "expected an ISO 3166-1 alpha-2 code other than ID, such as MY"));
        }
        PersonChecks.origin(originRegion).ifPresent(found::add);
        PersonChecks.parse(() -> nik == null ? null : Nik.of(nik))
                .ifPresent(n -> found.addAll(NikAgreement.check(n, sex, birthDate, null)));
        PersonChecks.account(bankCode, accountNumber, accountHolder).ifPresent(found::add);
        return found;
    }

    /**
     * The person this form describes; call after validation.
     *
     * @return the person
     */
    public Person toPerson() {
        BirthDate birth = birthDate != null ? BirthDate.exact(birthDate) : BirthDate.estimatedYear(estimatedBirthYear);
        return new Person(
                PersonName.of(name),
                sex,
                birth,
                Optional.ofNullable(nik).map(Nik::of),
                Optional.ofNullable(familyCardNumber).map(FamilyCardNumber::of),
                documentStatus,
                RegionCode.of(originRegion),
                Optional.ofNullable(phone).map(PhoneNumber::of),
                PersonChecks.account(bankCode, accountNumber, accountHolder, name));
    }

    /**
     * The return this form describes.
     *
     * @return the return
     */
    public ReturnInfo toReturnInfo() {
        return new ReturnInfo(returnCountry, returnDate, entryPoint, returnMode);
    }

    /**
     * The trafficking profile this form describes.
     *
     * @return the profile
     */
    public TraffickingProfile toProfile() {
        return new TraffickingProfile(
                exploitation,
                control,
                sector == null ? LabourSector.OTHER : sector,
                recruiter == null ? RecruiterRelation.UNKNOWN : recruiter);
    }

    /** Masks the NIK, family card number, phone and name. */
    @Override
    public String toString() {
        return "IntakeForm[origin " + originRegion + ", returned " + returnDate + ", nik "
                + (nik == null ? "none" : id.pulih.internal.util.Mask.identifier(nik)) + "]";
    }
}
