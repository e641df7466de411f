package id.pulih.testkit;

import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every Pulih domain type, in one facade that tests call explicitly (nothing is
 * registered globally, so adding the testkit never changes anyone else's tests).
 *
 * <pre>{@code
 * import static id.pulih.testkit.PulihGen.niks;
 * import static org.quicktheories.QuickTheory.qt;
 *
 * @Test
 * void everyNikRoundTrips() {
 *     qt().forAll(niks()).check(nik -> Nik.of(nik.value()).equals(nik));
 * }
 * }</pre>
 *
 * <p>Every generator shrinks toward a simple value, so a failing property reports a small case.
 */
public final class PulihGen {
    private PulihGen() {}

    // --- regions, NIK, family card numbers (RegionGens) ---

    /**
     * Official Kemendagri region codes of every level: provinces, regencies, districts and villages.
     *
     * @return codes that {@code Regions.official()} has; shrinks toward the first province
     */
    public static Gen<RegionCode> regionCodes() {
        return RegionGens.regionCodes();
    }

    /**
     * Official Kemendagri region codes of one level, such as every district.
     *
     * @param level the level; not null
     * @return codes of that level that {@code Regions.official()} has; shrinks toward the first by code
     */
    public static Gen<RegionCode> regionCodes(RegionLevel level) {
        return RegionGens.regionCodes(level);
    }

    /**
     * The facts behind valid NIKs: an official district, either sex, a birth date from 1926 to 2025 (29 February of
     * leap years included) and a serial from 1 to 9999.
     *
     * @return NIK specifications; shrinks toward the first district, a man, 1 January 1926 and serial 1
     */
    public static Gen<NikSpec> nikSpecs() {
        return RegionGens.nikSpecs();
    }

    /**
     * Valid NIKs registered in official districts, built from {@link #nikSpecs()}.
     *
     * @return NIKs that {@code Nik.of} accepts
     */
    public static Gen<Nik> niks() {
        return RegionGens.niks();
    }

    /**
     * Texts that {@code Nik.of} must refuse, each with its code: blank ({@code nik.required}), too few or too many
     * digits ({@code nik.length}), a letter or symbol ({@code nik.format}), an unofficial province such as 00 or 99
     * ({@code nik.province}), day 00, 32-40 or 72-99 ({@code nik.day}), month 00 or 13-99 ({@code nik.month}), 30
     * February, 31 April or 29 February in a common year ({@code nik.date}), serial 0000 ({@code nik.serial}).
     *
     * @return invalid samples, each a valid NIK with one rule broken
     */
    public static Gen<InvalidSample> invalidNiks() {
        return RegionGens.invalidNiks();
    }

    /**
     * Valid family card numbers: an official district, a date of issue from 1975 to 2025 and a serial from 1 to
     * 9999.
     *
     * @return family card numbers that {@code FamilyCardNumber.of} accepts
     */
    public static Gen<FamilyCardNumber> familyCardNumbers() {
        return RegionGens.familyCardNumbers();
    }

    /**
     * Texts that {@code FamilyCardNumber.of} must refuse, each with its code: {@code kk.required},
     * {@code kk.length}, {@code kk.format}, {@code kk.province} and {@code kk.serial}.
     *
     * @return invalid samples, each a valid number with one rule broken
     */
    public static Gen<InvalidSample> invalidFamilyCardNumbers() {
        return RegionGens.invalidFamilyCardNumbers();
    }

    // --- money, names, phones, bank accounts (MoneyGens, PersonGens) ---

    /**
     * Rupiah amounts from {@code Rp 0} to {@code Rp 10.000.000.000.000} (ten trillion), spread over every order
     * of magnitude, shrinking to {@code Rp 0}.
     *
     * @return the generator
     */
    public static Gen<Rupiah> rupiahs() {
        return MoneyGens.rupiahs();
    }

    /**
     * Rupiah amounts from {@code Rp 0} to {@code max}, spread over every order of magnitude, shrinking to
     * {@code Rp 0}.
     *
     * @param max the largest amount, 0 or more
     * @return the generator
     * @throws IllegalArgumentException when {@code max} is negative
     */
    public static Gen<Rupiah> rupiahs(long max) {
        return MoneyGens.rupiahs(max);
    }

    /**
     * Text that {@code Rupiah.parse} refuses, each with its code: {@code rupiah.required}, {@code rupiah.format}
     * ({@code 326,400,000}, {@code 1.0000}, {@code .100}, stray characters...), {@code rupiah.decimals}
     * ({@code 1.000,50}), {@code rupiah.negative} ({@code -5}, {@code Rp -5}) and {@code rupiah.overflow}.
     *
     * @return the generator
     */
    public static Gen<InvalidSample> invalidRupiahTexts() {
        return MoneyGens.invalidRupiahTexts();
    }

    /**
     * Valid, normalised person names: single names and names of up to four words, in Latin (also upper case,
     * with apostrophes, hyphens and initials), Arabic, Chinese, Devanagari, Javanese, Greek, Cyrillic and Hangul
     * script, shrinking to a short single Latin name.
     *
     * @return the generator
     */
    public static Gen<PersonName> personNames() {
        return PersonGens.personNames();
    }

    /**
     * Text that {@code PersonName.of} refuses, each with its code: {@code name.required}, {@code name.digit},
     * {@code name.control}, {@code name.character} and {@code name.length}.
     *
     * @return the generator
     */
    public static Gen<InvalidSample> invalidPersonNames() {
        return PersonGens.invalidPersonNames();
    }

    /**
     * Valid Indonesian phone numbers: mobile numbers of 9 to 12 digits and fixed lines of 8 to 11 digits after the
     * trunk prefix, shrinking to a short mobile number.
     *
     * @return the generator
     */
    public static Gen<PhoneNumber> phoneNumbers() {
        return PersonGens.phoneNumbers();
    }

    /**
     * Valid phone numbers each spelled one of the ways people write them ({@code 0812-3456-7890},
     * {@code +62 812 3456 7890}, {@code 6281234567890}, {@code (0812) 3456 7890}, {@code +62 (0)812...}, ...),
     * with the number the spelling stands for.
     *
     * @return the generator
     */
    public static Gen<PhoneSpelling> phoneNumberTexts() {
        return PersonGens.phoneNumberTexts();
    }

    /**
     * Text that {@code PhoneNumber.of} refuses, each with its code: {@code phone.required}, {@code phone.format},
     * {@code phone.country} and {@code phone.length}.
     *
     * @return the generator
     */
    public static Gen<InvalidSample> invalidPhoneNumbers() {
        return PersonGens.invalidPhoneNumbers();
    }

    /**
     * Every {@link BankCode}, shrinking to {@link BankCode#BRI}.
     *
     * @return the generator
     */
    public static Gen<BankCode> bankCodes() {
        return MoneyGens.bankCodes();
    }

    /**
     * Normalised bank account numbers: 6 to 20 digits, leading zeros included.
     *
     * @return the generator
     */
    public static Gen<String> bankAccountNumbers() {
        return MoneyGens.bankAccountNumbers();
    }

    /**
     * Valid bank accounts: any bank, any valid number, any valid holder name.
     *
     * @return the generator
     */
    public static Gen<BankAccount> bankAccounts() {
        return MoneyGens.bankAccounts();
    }

    /**
     * Account number text that {@code BankAccount.of} refuses, each with its code: {@code bankAccount.required},
     * {@code bankAccount.format} and {@code bankAccount.length}.
     *
     * @return the generator
     */
    public static Gen<InvalidSample> invalidBankAccountNumbers() {
        return MoneyGens.invalidBankAccountNumbers();
    }

    // --- aggregates: beneficiaries, shelters, stays, repatriations, audit (AggregateGens) ---

    /**
     * Beneficiaries at version 0, ready to save: any name, sex and birth date (exact or estimated), sometimes a NIK,
     * a family card number and a phone; zero to four consents (with and without expiry) and assessments; a status
     * history walked through the case status machine, sometimes closed with an outcome and reopened; registered by
     * each kind of jurisdiction; sometimes with records merged into it, and sometimes merged into another (its NIK
     * then cleared). Instants are whole microseconds.
     *
     * @return the generator
     */
    public static Gen<id.pulih.beneficiary.Beneficiary> beneficiaries() {
        return AggregateGens.beneficiaries();
    }

    /**
     * Shelters at version 0 of every type, in an official province or regency, with 1 to 500 beds and any
     * occupancy up to that; codes such as {@code RPTC-3F9K2}, distinct with high probability.
     *
     * @return the generator
     */
    public static Gen<id.pulih.shelter.Shelter> shelters() {
        return AggregateGens.shelters();
    }

    /**
     * Stays at version 0, each for its own beneficiary and shelter: open, discharged for a reason other than a
     * transfer, or transferred to another shelter; with zero to four services delivered during the stay.
     *
     * @return the generator
     */
    public static Gen<id.pulih.shelter.Stay> stays() {
        return AggregateGens.stays();
    }

    /**
     * Returns at version 0 in each state: planned, in transit, handed over, and cancelled before or after
     * departure.
     *
     * @return the generator
     */
    public static Gen<id.pulih.repatriation.Repatriation> repatriations() {
        return AggregateGens.repatriations();
    }

    /**
     * Audit entries with any actor, action and record, at whole microseconds, with a summary in any script or
     * none.
     *
     * @return the generator
     */
    public static Gen<id.pulih.audit.AuditEntry> auditEntries() {
        return AggregateGens.auditEntries();
    }

    // --- forms, actors and command sequences (FormGens) ---

}
