package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BankAccount;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.RegionCode;
import id.pulih.shared.Sex;
import java.util.Optional;

/**
 * Who a beneficiary is, as recorded at intake.
 *
 * @param name the name (a single name is fine)
 * @param sex the sex
 * @param birth the birth date, exact or estimated
 * @param nik the NIK, if known
 * @param familyCard the family card number, if known
 * @param documentStatus whether identity documents are held
 * @param origin the region of origin, regency or finer
 * @param phone a phone number, if any
 * @param bankAccount the person's own bank account on file, if any: where a stimulus grant is paid unless the award
 *     names another
 */
public record Person(
        PersonName name,
        Sex sex,
        BirthDate birth,
        Optional<Nik> nik,
        Optional<FamilyCardNumber> familyCard,
        DocumentStatus documentStatus,
        RegionCode origin,
        Optional<PhoneNumber> phone,
        Optional<BankAccount> bankAccount) {
    /**
     * Checks every part.
     *
     * @param name the name
     * @param sex the sex
     * @param birth the birth date
     * @param nik the NIK
     * @param familyCard the family card
     * @param documentStatus the document status
     * @param origin the origin
     * @param phone the phone
     * @param bankAccount the account on file
     */
    public Person {
        Checks.required(name, "name");
        Checks.required(sex, "sex");
        Checks.required(birth, "birthDate");
        Checks.required(nik, "nik");
        Checks.required(familyCard, "familyCard");
        Checks.required(documentStatus, "documentStatus");
        Checks.required(origin, "origin");
        Checks.required(phone, "phone");
        Checks.required(bankAccount, "bankAccount");
    }

    /**
     * A person without a bank account on file.
     *
     * @param name the name
     * @param sex the sex
     * @param birth the birth date
     * @param nik the NIK
     * @param familyCard the family card
     * @param documentStatus the document status
     * @param origin the origin
     * @param phone the phone
     */
    public Person(
            PersonName name,
            Sex sex,
            BirthDate birth,
            Optional<Nik> nik,
            Optional<FamilyCardNumber> familyCard,
            DocumentStatus documentStatus,
            RegionCode origin,
            Optional<PhoneNumber> phone) {
        this(name, sex, birth, nik, familyCard, documentStatus, origin, phone, Optional.empty());
    }

    /** The name an erased person is read back with: the person's real name is gone. */
    public static final PersonName ERASED_NAME = PersonName.of("Terhapus");

    /**
     * What is left of a person after erasure (UU PDP art. 8 and 16): sex, birth year and region of origin, which
     * reports count, and nothing that identifies them. The name becomes {@link #ERASED_NAME}, the birth date 1
     * January of the birth year (estimated), and every identifier, the phone and the account on file are gone. Every
     * store reads an erased person back as exactly this, whether the data were overwritten (in memory) or made
     * unreadable by destroying the person's key (crypto-shredding, JDBC with encryption at rest).
     *
     * <pre>{@code
     * Person left = person.erased();
     * left.name();           // Terhapus
     * left.birth().date();   // 1 January of the same year
     * left.nik();            // Optional.empty()
     * }</pre>
     *
     * @return the anonymised person
     */
    public Person erased() {
        return erased(sex, birth.date().getYear(), origin, documentStatus);
    }

    /**
     * The anonymised person built from the facts kept in clear, for a store that can no longer read the rest.
     *
     * @param sex the sex
     * @param birthYear the birth year
     * @param origin the region of origin
     * @param documentStatus the document status
     * @return the anonymised person, as {@link #erased()} gives it
     */
    public static Person erased(Sex sex, int birthYear, RegionCode origin, DocumentStatus documentStatus) {
        return new Person(
                ERASED_NAME,
                sex,
                BirthDate.estimatedYear(birthYear),
                Optional.empty(),
                Optional.empty(),
                documentStatus,
                origin,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * This person with the identifiers it lacks taken from another record of the same person (a merged duplicate).
     *
     * @param other the other record
     * @return the completed person
     */
    Person completedFrom(Person other) {
        return new Person(
                name,
                sex,
                birth,
                nik.or(other::nik),
                familyCard.or(other::familyCard),
                documentStatus,
                origin,
                phone.or(other::phone),
                bankAccount.or(other::bankAccount));
    }

    /**
     * This person without the NIK: a record merged into its survivor gives the NIK up, which stays unique.
     *
     * @return the person without a NIK
     */
    Person withoutNik() {
        return new Person(name, sex, birth, Optional.empty(), familyCard, documentStatus, origin, phone, bankAccount);
    }

    /**
     * This person with a NIK attached (documents recovered): the documents are then held.
     *
     * @param attached the NIK
     * @return the person with the NIK
     */
    Person withNik(Nik attached) {
        return new Person(
                name, sex, birth, Optional.of(attached), familyCard, DocumentStatus.HELD, origin, phone, bankAccount);
    }

    /** Masks identifiers and the name. */
    @Override
    public String toString() {
        return "Person[" + sex + ", born " + birth.date().getYear() + ", origin " + origin + ", nik "
                + nik.map(Object::toString).orElse("none") + "]";
    }
}
